/* Bad submission: a name that is not declared (the size is `count` in
 * one place, `n` in another).  The compiler stops at it. */
#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t count = list_size(list);
    for (size_t i = 0; i < n; i++)
        if (list_getitem(list, i) == item) {
            decref(list_pop(list, i));
            return true;
        }
    return false;
}
