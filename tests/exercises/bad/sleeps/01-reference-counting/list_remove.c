/* Bad submission: waits for something that never comes when the item is
 * absent.  Graded with a small time budget, the first tests of an absent
 * item time out, and the budget leaves none for the tests after them. */
#define _POSIX_C_SOURCE 200809L
#include <unistd.h>

#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t n = list_size(list);
    for (size_t i = 0; i < n; i++)
        if (list_getitem(list, i) == item) {
            decref(list_pop(list, i));
            return true;
        }
    for (;;)
        pause();
}
