/* Bad submission: right, but prints a million lines each time it is
 * called (debugging output left in).  The grader stops each test once it
 * has printed a few megabytes. */
#include <stdio.h>

#include "runtime.h"

#define DEBUG_LINES 1000000

bool list_remove(Object *list, Object *item)
{
    for (long line = 0; line < DEBUG_LINES; line++)
        printf("list_remove: looking for %p\n", (void *)item);
    for (size_t i = 0; i < list_size(list); i++)
        if (list_getitem(list, i) == item) {
            decref(list_pop(list, i));
            return true;
        }
    return false;
}
