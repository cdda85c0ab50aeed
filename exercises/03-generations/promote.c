/* Chapter 3 exercise promote.  Re-implement what a collection does with its
 * survivors.  Graded by tests/exercises/03-generations/test_promote.c: run
 * `make grade CH=3`; `make hint EX=promote` gives a hint at a time.
 *
 * void my_promote(int generation)
 *
 *   A collection of `generation` (0 <= generation < NUM_GENERATIONS) first
 *   merges the younger generations into it, then finds the unreachable
 *   objects and moves them out (src/collect.c, collect_main).  What is left
 *   in the list GEN_HEAD(generation) are the survivors; the younger
 *   generations' lists are empty.  my_promote is the next step:
 *
 *   - The survivors move one generation older: every object of
 *     GEN_HEAD(generation) goes to the end of GEN_HEAD(generation + 1),
 *     after the objects already there, in the order they were in.
 *     GEN_HEAD(generation) is left empty.  The oldest generation
 *     (GC_OLDEST) has nowhere older to go: its survivors stay where they
 *     are, in their order.
 *   - Both lists are doubly linked, before and after: each object's prev
 *     points to the one before it, the head's next to the first object and
 *     its prev to the last; an empty list's head points to itself.
 *   - The long-lived counters of gc_state (gc_state.h), which the
 *     heuristic full_collection_is_due reads:
 *       after a collection of generation GC_OLDEST - 1, the survivors are
 *       what the oldest generation gains: long_lived_pending grows by their
 *       number;
 *       after a collection of GC_OLDEST (a full collection),
 *       long_lived_total becomes the number of survivors, and
 *       long_lived_pending 0;
 *       after a collection of generation 0, neither changes.
 *   - Nothing else changes: no other generation's list, no count, no
 *     object's flags (the low bits of its prev word, gc_head.h: chapter 5's
 *     FINALIZED flag is one of them).
 *
 *   Cost: moving the survivors takes the same time for ten objects as for
 *   a million: do not move them one by one.  Counting them (for the
 *   counters) may walk the list, as CPython 3.11 does.
 *
 * Use the public API of the runtime (runtime.h, with gc_list.h) and
 * gc_state.h; do not call promote itself.  Do not edit src/. */
#include "gc_state.h"
#include "runtime.h"

void my_promote(int generation)
{
    /* TODO: write my_promote as specified above. */
    (void)generation;
}
