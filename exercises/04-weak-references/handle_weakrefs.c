/* Chapter 4 exercise handle_weakrefs.  Re-implement the collector's phase
 * that clears weak references before anything else happens to the trash.
 * Graded by tests/exercises/04-weak-references/test_handle_weakrefs.c: run
 * `make grade CH=4`; `make hint EX=handle_weakrefs` gives a hint at a time.
 *
 * long my_handle_weakrefs(GCHead *unreachable, GCHead *old)
 *
 *   collect_main (src/collect.c) calls this phase after move_unreachable
 *   and promote, and before delete_garbage.  Before: `unreachable` is the
 *   trash, every object of it with COLLECTING set (gc_is_collecting); no
 *   object outside it has COLLECTING set.  `old` is the generation where
 *   survivors go.  The trash is whole: nothing has been cleared yet.
 *
 *   1. Clear, with weakref_clear_referent, every weak reference to an
 *      object of the trash (is_weakrefable tells which objects can have
 *      them; weakref_first(op) gives the first of op's list), and every
 *      weak reference that is itself in the trash (is_weakref), whatever
 *      its referent: from then on nothing leads from outside into the
 *      trash, and no callback of the trash can run later.  All of this
 *      before any callback runs.
 *   2. Then call back, with call_weakref_callback(callback, wr), each weak
 *      reference cleared in step 1 that has a callback, and
 *        - is not in the trash itself (a weak reference that is trash dies
 *          with it, silently: its callback could reach the trash), and
 *        - has a count above zero (one with a count of zero is waiting in
 *          dealloc.c's trashcan to be freed, and is not tracked).
 *      The weak reference keeps its callback (the collector does not take
 *      it, unlike clear_weakrefs).  While the callbacks run, each weak
 *      reference still to be called must stay alive: a callback may drop
 *      the last reference to any of them, its own included.
 *   3. Each weak reference called that is still alive afterwards ends in
 *      `old`, where it is tracked as a survivor (CPython moves them there
 *      whatever generation they came from).  Returns how many of the weak
 *      references called were freed by the end of their calls (CPython
 *      counts them among the objects the collection found).
 *
 *   `unreachable` is left as it was, the same objects in the same order,
 *   for delete_garbage.
 *
 * Use the public API of the runtime (runtime.h, with gc_list.h and
 * gc_head.h); do not call handle_weakrefs.  Do not edit src/. */
#include "runtime.h"

long my_handle_weakrefs(GCHead *unreachable, GCHead *old)
{
    /* TODO: write my_handle_weakrefs as specified above. */
    (void)unreachable;
    (void)old;
    return 0;
}
