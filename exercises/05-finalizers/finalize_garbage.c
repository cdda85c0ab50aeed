/* Chapter 5 exercise finalize_garbage.  Re-implement the collector's phase
 * that runs the finalizers of the trash.  Graded by
 * tests/exercises/05-finalizers/test_finalize_garbage.c: run
 * `make grade CH=5`; `make hint EX=finalize_garbage` gives a hint at a
 * time.
 *
 * long my_finalize_garbage(GCHead *unreachable)
 *
 *   collect_main (src/collect.c) calls this phase after handle_weakrefs and
 *   before handle_resurrected_objects.  Before: `unreachable` is the trash,
 *   whole, doubly linked, every object with COLLECTING set; every weak
 *   reference to it has been cleared.
 *
 *   Call the finalizer of each object of `unreachable` that needs it
 *   (needs_finalizing, finalize.h) when the walk comes to it, once, in the
 *   list's order, holding a reference to the object while its finalizer
 *   runs: mark it finalized first (mark_finalized), then call its type's
 *   finalize slot, as CPython 3.11's collector does, so that a finalizer
 *   that asks gc_is_finalized about its own object is told true.  Each finalizer then finds the whole
 *   trash as it was: nothing has been cleared yet.  A finalizer may run any
 *   code:
 *   - allocate, even objects with finalizers: they are young, tracked
 *     outside `unreachable`, and not this phase's business;
 *   - store a reference to its object, or to others of the trash, outside
 *     it (resurrection: they stay in `unreachable`, and the next phase
 *     rescues them);
 *   - drop the last reference to another object of the trash, which then
 *     dies by reference counting, there and then: object_dealloc runs its
 *     finalizer if it has not run (that call is not yours to count), frees
 *     it, and takes it out of `unreachable`, whether your walk has passed
 *     it or not;
 *   - leave its own object held only by your reference: it dies when you
 *     drop that reference, and leaves the list too.
 *   Whatever happens, every object still in the trash when the walk comes
 *   to it is visited, and no freed object is touched.
 *
 *   After: `unreachable` holds the objects of the trash still alive, in
 *   their order, COLLECTING still set.  Returns how many finalizers you
 *   called.
 *
 * Use the public API of the runtime (runtime.h, with gc_list.h and
 * gc_head.h: needs_finalizing and mark_finalized are yours to use); do not
 * call finalize_garbage.  Do not edit src/. */
#include "runtime.h"

long my_finalize_garbage(GCHead *unreachable)
{
    /* TODO: write my_finalize_garbage as specified above. */
    (void)unreachable;
    return 0;
}
