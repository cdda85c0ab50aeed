/* Chapter 3 exercise freeze.  Re-implement the permanent generation's three
 * functions from their specification.  Graded by tests/exercises/
 * 03-generations/test_freeze.c: run `make grade CH=3`;
 * `make hint EX=freeze` gives a hint at a time.
 *
 * The permanent generation, gc_state.permanent (gc_state.h), is a list of
 * tracked objects that no collection looks at: not gc_collect(), not
 * gc_get_objects.  A server that forks its workers freezes what it has
 * built before forking, so that collections in the workers never touch
 * (and never copy) those pages.
 *
 * void my_freeze(void)
 *
 *   Python's gc.freeze(): every object of every generation moves to the
 *   end of the permanent generation, after the objects frozen before:
 *   generation 0's objects first, then generation 1's, then generation
 *   2's, each in its order.  The generations are left empty, and the count
 *   of every generation becomes 0 (as in CPython 3.11).  The objects stay
 *   tracked.
 *
 * void my_unfreeze(void)
 *
 *   Python's gc.unfreeze(): every frozen object moves to the end of the
 *   oldest generation (GC_OLDEST), after its objects, in their order; the
 *   permanent generation is left empty.  No count changes.
 *
 * long my_get_freeze_count(void)
 *
 *   Python's gc.get_freeze_count(): how many objects are frozen.
 *
 * Every list stays doubly linked.  Moving a generation costs the same for
 * ten objects as for a million.
 *
 * Use the public API of the runtime (runtime.h, with gc_list.h) and
 * gc_state.h; do not call gc_freeze, gc_unfreeze or gc_get_freeze_count.
 * Do not edit src/. */
#include "gc_state.h"
#include "runtime.h"

void my_freeze(void)
{
    /* TODO: write my_freeze as specified above. */
}

void my_unfreeze(void)
{
    /* TODO */
}

long my_get_freeze_count(void)
{
    /* TODO */
    return -1;
}
