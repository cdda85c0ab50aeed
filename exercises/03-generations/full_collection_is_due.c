/* Chapter 3 exercise full_collection_is_due.  Re-implement the long-lived
 * heuristic from its specification, and see why it is there.  Graded by
 * tests/exercises/03-generations/test_full_collection_is_due.c: run
 * `make grade CH=3`; `make hint EX=full_collection_is_due` gives a hint at
 * a time.
 *
 * bool my_full_collection_is_due(void)
 *
 *   May an automatic collection collect the oldest generation now?
 *   collect_generations (src/collect.c) asks before every full collection
 *   it would start; gc_collect() does not ask.
 *
 *   Two counters of gc_state (gc_state.h), kept by promote:
 *     long_lived_total    the objects that survived the last full
 *                         collection (0 before the first one);
 *     long_lived_pending  the objects that moved into the oldest
 *                         generation since then (the survivors of the
 *                         collections of generation GC_OLDEST - 1).
 *
 *   A full collection is due when pending is at least total divided by
 *   LONG_LIVED_FRACTION (collect.h: 4), the division being C's integer
 *   division of two longs, rounded down, as CPython 3.11 computes it:
 *   with a total of 101, 101 / 4 is 25, and 25 pending objects are enough.
 *   With a total of 0, a full collection is always due.
 *
 *   Read the two counters; change nothing.
 *
 *   Why a rule at all?  A full collection walks every tracked object.  A
 *   program that builds a large structure and keeps it (the chapter's
 *   chain of Nodes, tests/python/book_01_million_chain.py) would, without
 *   the rule, pay a full collection every 11 collections of generation 1,
 *   each one longer than the last: quadratic time.  With it, a full
 *   collection runs only once the oldest generation has grown by a quarter
 *   since the last one.  Two graded tests simulate such a program with your
 *   rule and measure that: chapter 3's section on the long-lived heuristic
 *   explains the figures, and the hints show how to see it on the real
 *   collector.
 *
 * Use gc_state.h and collect.h; do not call full_collection_is_due itself.
 * Do not edit src/. */
#include <stdbool.h>

#include "gc_state.h"
#include "runtime.h"

bool my_full_collection_is_due(void)
{
    /* TODO: write my_full_collection_is_due as specified above. */
    return false;
}
