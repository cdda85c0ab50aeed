/* Chapter 1 exercise list_remove.  Re-implement a piece of the runtime from
 * its specification.  Graded by tests/exercises/01-reference-counting/
 * test_list_remove.c: run `make grade CH=1`; `make hint EX=list_remove` gives
 * a hint at a time.
 *
 * bool list_remove(Object *list, Object *item)
 *
 *   Removes the first item of `list` that IS `item` (the same object, as
 *   Python's `is`; an equal but distinct object does not count), shifts the
 *   items after it down by one place, and releases the list's reference to
 *   it.  Returns true if it found the item, false if not (and then changes
 *   nothing).  `item` is borrowed: the caller's own reference is untouched.
 *
 *   The release comes last, once the list is consistent (the item gone, the
 *   size one less): the release may free the item, and freeing an object can
 *   run code (a finalizer, in chapter 5) that looks at this very list.
 *
 *   If `list` is not a list, stop with the runtime's usual clear error, as
 *   the list functions of list.h do ("...: expected a list: dict object").
 *
 * Use only the public API of the runtime (runtime.h) and the fields of
 * struct List (list.h).  Do not edit src/. */
#include <stdbool.h>

#include "runtime.h"

bool list_remove(Object *list, Object *item)
{
    /* TODO: write list_remove as specified above. */
    (void)list;
    (void)item;
    return false;
}
