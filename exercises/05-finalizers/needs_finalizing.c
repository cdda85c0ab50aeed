/* Chapter 5 exercise needs_finalizing.  Re-implement CPython 3.3's rule for
 * generators caught in cycles (PyGen_NeedsFinalizing): which of them the
 * legacy collector must leave in gc.garbage.  Graded by
 * tests/exercises/05-finalizers/test_needs_finalizing.c: run `make grade
 * CH=5`; `make hint EX=needs_finalizing` gives a hint at a time.
 *
 * Before PEP 442 the collector could not run a finalizer inside a cycle.
 * Closing a suspended generator raises GeneratorExit at its yield, which
 * runs code only if the yield sits inside a block that does something on
 * the way out; then the generator "needs finalizing", and the collector
 * leaves its cycle uncollectable.  The runner's generators describe where
 * they stopped as a GenView (gen_view.h): their phase, and the blocks CPython
 * 3.3's frame would have on its block stack around the yield, outermost
 * first, one LegacyBlock each.
 *
 * bool my_gen_view_needs_finalizing(const GenView *view)
 *
 *   - A running generator (the collector never finds one garbage) and a
 *     finished one (its frame is gone) need nothing: false.
 *   - A new or suspended generator needs finalizing exactly when at least
 *     one of its blocks is not a loop and not BLOCK_NONE: a try (its except
 *     clauses, BLOCK_EXCEPT, or its finally, BLOCK_FINALLY), an except
 *     clause or a finally running for an exception (BLOCK_HANDLER), a with
 *     (BLOCK_WITH).  Loops (BLOCK_LOOP) have nothing to do on the way out,
 *     wherever they are on the stack.
 *   - view->blocks may be NULL when view->nblocks is 0.
 *
 * Use the public API of the runtime (runtime.h); do not call
 * gen_view_needs_finalizing.  Do not edit src/. */
#include "runtime.h"

bool my_gen_view_needs_finalizing(const GenView *view)
{
    /* TODO: write my_gen_view_needs_finalizing as specified above. */
    (void)view;
    return false;
}
