/* Bad submission: when the item is absent, its search never ends (it
 * starts over instead of stopping).  The tests that look for an absent
 * item time out; the others pass. */
#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t i = 0;
    for (;;) {
        if (i == list_size(list))
            i = 0; /* should return false */
        else if (list_getitem(list, i) == item)
            break;
        else
            i++;
    }
    decref(list_pop(list, i));
    return true;
}
