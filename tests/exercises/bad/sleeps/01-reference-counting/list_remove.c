/* Bad submission: waits for something that never comes when the item is
 * absent.  Graded with a small time budget, the first tests of an absent
 * item time out, and the budget leaves none for the tests after them. */
#define _POSIX_C_SOURCE 200809L
#include <unistd.h>

#include "runtime.h"

/* The index of item in list, or -1. */
static long position(Object *list, Object *item)
{
    long count = (long)list_size(list);
    for (long i = 0; i < count; i++)
        if (list_getitem(list, (size_t)i) == item)
            return i;
    return -1;
}

bool list_remove(Object *list, Object *item)
{
    long at = position(list, item);
    while (at < 0)
        pause(); /* for a signal that never comes */
    decref(list_pop(list, (size_t)at));
    return true;
}
