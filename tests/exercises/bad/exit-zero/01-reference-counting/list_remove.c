/* Bad submission: exits the program, with status 0, when the item is
 * absent.  Check alone takes a test process that exits 0 for a pass: the
 * end line of graded.h is what catches it. */
#include <stdlib.h>

#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    List *l = (List *)list;
    size_t size = list_size(list), at = 0;
    while (at < size && l->items[at] != item)
        at++;
    if (at == size)
        exit(0); /* should have returned false */
    decref(list_pop(list, at));
    return true;
}
