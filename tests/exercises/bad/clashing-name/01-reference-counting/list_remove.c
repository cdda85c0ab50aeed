/* Bad submission: a helper of its own named list_size, which the runtime
 * already defines: the program does not link ("multiple definition"). */
#include "runtime.h"

size_t list_size(const Object *list)
{
    return ((const List *)list)->size;
}

bool list_remove(Object *list, Object *item)
{
    List *l = (List *)list;
    size_t i = 0;
    while (i < l->size && l->items[i] != item)
        i++;
    if (i == l->size)
        return false;
    decref(list_pop(list, i));
    return true;
}
