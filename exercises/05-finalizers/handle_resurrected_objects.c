/* Chapter 5 exercise handle_resurrected_objects.  Re-implement the
 * collector's resurrection check.  Graded by tests/exercises/05-finalizers/
 * test_handle_resurrected_objects.c: run `make grade CH=5`;
 * `make hint EX=handle_resurrected_objects` gives a hint at a time.
 *
 * void my_handle_resurrected_objects(GCHead *unreachable, GCHead *old)
 *
 *   collect_main (src/collect.c) calls this phase after finalize_garbage
 *   has run the finalizers of the trash, and before delete_garbage clears
 *   what is left.  A finalizer may have stored a reference to an object of
 *   the trash somewhere outside it (a global list, a live object): that
 *   object is resurrected, and so is everything it reaches, which must not
 *   be cleared.
 *
 *   Before: `unreachable` is the trash (whatever of it the finalizers have
 *   not freed), doubly linked, every object with COLLECTING set
 *   (gc_is_collecting), and no object outside it has COLLECTING set.  `old`
 *   is the generation where survivors go.  The gc_refs that the first
 *   phases of the collection left in the trash's prev words are gone:
 *   those words hold pointers again.
 *
 *   Resurrected: an object of `unreachable` that something outside
 *   `unreachable` now refers to; and, in turn, every object of
 *   `unreachable` that a resurrected object refers to.  Nothing else is.
 *
 *   After:
 *   - Every resurrected object is in `old` (appended, in any order), with
 *     COLLECTING cleared: it lives on as an ordinary object.
 *   - `unreachable` holds exactly the others, COLLECTING still set, for
 *     delete_garbage.
 *   - Both lists are doubly linked, no next word with NEXT_UNREACHABLE set.
 *   - Every object's FINALIZED flag is as it was: a resurrected object's
 *     finalizer has run, and must never run again.
 *   Time in proportion to the size of `unreachable`.
 *
 * Use the public API of the runtime (runtime.h, with gc_list.h, gc_head.h
 * and collect.h, whose phases of chapter 2 you may call); do not call
 * handle_resurrected_objects.  Do not edit src/. */
#include "runtime.h"

void my_handle_resurrected_objects(GCHead *unreachable, GCHead *old)
{
    /* TODO: write my_handle_resurrected_objects as specified above. */
    (void)unreachable;
    (void)old;
}
