/* Chapter 5 exercise move_legacy_finalizers.  Re-implement the rule that
 * made cycles with finalizers uncollectable before CPython 3.4, and see
 * which objects it leaves in the garbage list.  Graded by
 * tests/exercises/05-finalizers/test_move_legacy_finalizers.c: run
 * `make grade CH=5`; `make hint EX=move_legacy_finalizers` gives a hint at
 * a time.
 *
 * void my_move_legacy_finalizers(GCHead *unreachable, GCHead *finalizers)
 *
 *   In legacy mode (gc_set_legacy_finalizers), collect_main (src/collect.c)
 *   calls this phase right after move_unreachable and promote, before
 *   anything happens to the trash.  Before: `unreachable` is the trash,
 *   whole, doubly linked, every object with COLLECTING set (and no object
 *   outside it); `finalizers` is an empty list.
 *
 *   An object of the trash whose type has a finalizer (its `finalize` slot
 *   is set, whether or not it has run: CPython 3.3 kept no such mark)
 *   cannot be freed: nothing says which finalizer of a cycle may safely run
 *   first.  Nor can anything it reaches: its finalizer, were it run by hand
 *   later, could use any of that.
 *
 *   After:
 *   - `finalizers` holds, first, every object of the trash with a
 *     finalizer, in the trash's order; then every other object of the
 *     trash reachable from them (through traverse, transitively), in any
 *     order; each object once, each with COLLECTING cleared (they are no
 *     longer trash: the phases that follow leave them and their weak
 *     references alone).
 *   - `unreachable` holds the rest of the trash, in its order, COLLECTING
 *     still set: it is freed as usual.
 *   - Objects outside the trash stay where they are.  Both lists are
 *     doubly linked.  Time in proportion to the trash and its references.
 *   handle_legacy_finalizers then puts the objects of `finalizers` that
 *   have a finalizer into the garbage list (gc_get_garbage), in the list's
 *   order, and keeps them all alive.
 *
 * Use the public API of the runtime (runtime.h, with gc_list.h and
 * gc_head.h); do not call move_legacy_finalizers.  Do not edit src/. */
#include "runtime.h"

void my_move_legacy_finalizers(GCHead *unreachable, GCHead *finalizers)
{
    /* TODO: write my_move_legacy_finalizers as specified above. */
    (void)unreachable;
    (void)finalizers;
}
