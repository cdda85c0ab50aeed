/* Bad submission: when the item is absent, it keeps a copy of the list's
 * items for every step of a search that never ends, and so allocates
 * without bound.  The grader's memory limit stops it. */
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

#define COPY_BYTES (1 << 20)

bool list_remove(Object *list, Object *item)
{
    size_t n = list_size(list);
    for (size_t i = 0; i < n; i++)
        if (list_getitem(list, i) == item) {
            decref(list_pop(list, i));
            return true;
        }
    for (;;)
        memset(malloc(COPY_BYTES), 0, COPY_BYTES); /* each page touched */
}
