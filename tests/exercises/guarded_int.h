/* guarded_int.h: an int with a watched GC head's worth of memory in front
 * of it, for graded tests of the collector's phases (chapter 2).
 *
 * An int has no GC head: the 16 bytes in front of a real one belong to the
 * memory allocator.  This int is not allocated by the runtime; the memory in
 * front of it looks like the head of an object being collected, so that a
 * phase that treats an int as a container changes it, and the test shows. */
#ifndef TEST_GUARDED_INT_H
#define TEST_GUARDED_INT_H

#include <stddef.h>

#include "graded.h"

typedef struct GuardedInt {
    GCHead guard;
    Int atom;
} GuardedInt;

static GuardedInt guarded;
static uintptr_t guard_prev;

/* The int, with `prev` in its fake head (COLLECTING, and perhaps gc_refs). */
static inline Object *guarded_int(uintptr_t prev)
{
    _Static_assert(offsetof(GuardedInt, atom) == sizeof(GCHead),
                   "the guard is right in front of the int");
    guard_prev = prev;
    guarded.guard.next = 0;
    guarded.guard.prev = prev;
    guarded.atom.ob.refcnt = 1; /* ours, never dropped: never freed */
    guarded.atom.ob.type = &IntType;
    guarded.atom.value = 42;
    return &guarded.atom.ob;
}

#define ck_assert_guard_untouched()                                          \
    ck_assert_msg(guarded.guard.next == 0 && guarded.guard.prev == guard_prev, \
                  "the memory in front of an int was changed: an int has no " \
                  "GC head (check is_gc first)")

#endif
