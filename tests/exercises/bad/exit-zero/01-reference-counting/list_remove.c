/* Bad submission: exits the program, with status 0, when the item is
 * absent.  Check alone takes a test process that exits 0 for a pass: the
 * end line of graded.h is what catches it. */
#include <stdlib.h>

#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t n = list_size(list);
    for (size_t i = 0; i < n; i++)
        if (list_getitem(list, i) == item) {
            decref(list_pop(list, i));
            return true;
        }
    exit(0);
}
