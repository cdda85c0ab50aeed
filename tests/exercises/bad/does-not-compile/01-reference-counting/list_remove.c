/* Bad submission: a name that is not declared (the size is `count` in
 * one place, `n` in another).  The compiler stops at it. */
#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t count = list_size(list);
    while (n > 0 && list_getitem(list, n - 1) != item)
        count--;
    return false;
}
