/* Chapter 1 exercise list_remove.  A reference solution; the specification
 * is in exercises/01-reference-counting/list_remove.c. */
#include <stdbool.h>
#include <string.h>

#include "runtime.h"

/* The index of the first item that is `item`, or the list's size. */
static size_t index_of(const List *l, const Object *item)
{
    size_t i = 0;
    while (i < l->size && l->items[i] != item)
        i++;
    return i;
}

bool list_remove(Object *list, Object *item)
{
    size_t size = list_size(list); /* stops with a clear error if not a list */
    List *l = (List *)list;
    size_t index = index_of(l, item);
    if (index == size)
        return false;
    memmove(&l->items[index], &l->items[index + 1],
            (size - index - 1) * sizeof *l->items);
    l->size--;
    /* Last, once the list is consistent: freeing the item may run code. */
    decref(item);
    return true;
}
