/* Bad submission, mildly: right, but with a variable it never uses, which
 * -Wall warns about.  A warning is reported and costs nothing. */
#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t unused_size;
    for (size_t i = 0; i < list_size(list); i++) {
        if (list_getitem(list, i) != item)
            continue;
        decref(list_pop(list, i));
        return true;
    }
    return false;
}
