/* Bad submission: releases the removed item twice, the list's reference
 * and one it never owned.  The debug runtime catches the decref of a freed
 * object, or the tests see a count one too low. */
#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    for (size_t i = 0; i < list_size(list); i++)
        if (list_getitem(list, i) == item) {
            decref(list_pop(list, i));
            decref(item);
            return true;
        }
    return false;
}
