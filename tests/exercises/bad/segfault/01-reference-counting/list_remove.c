/* Bad submission: reads through a null pointer when the item is absent.
 * The tests that look for an absent item crash; the others pass. */
#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t n = list_size(list), i = 0;
    while (i < n && list_getitem(list, i) != item)
        i++;
    Object *found = i < n ? list_pop(list, i) : NULL;
    /* NULL when absent: reading its type is a segmentation fault (a NULL
     * given to decref would be caught by the runtime's argument check). */
    if (found->type != NULL)
        decref(found);
    return true;
}
