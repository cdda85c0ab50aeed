/* Bad submission: starts a process for each removal and leaves it
 * waiting forever.  A graded test may not leave a process behind. */
#define _POSIX_C_SOURCE 200809L
#include <unistd.h>

#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    size_t n = list_size(list);
    for (size_t i = 0; i < n; i++)
        if (list_getitem(list, i) == item) {
            if (fork() == 0)
                for (;;)
                    pause();
            decref(list_pop(list, i));
            return true;
        }
    return false;
}
