/* Bad submission: takes the item out of the list but never releases the
 * list's reference to it, so it is never freed. */
#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t n = list_size(list);
    for (size_t i = 0; i < n; i++)
        if (list_getitem(list, i) == item)
            return list_pop(list, i) != NULL; /* and the reference is lost */
    return false;
}
