/* Chapter 3 exercise collect_generations.  Re-implement the rule that picks
 * the generation an automatic collection collects.  Graded by tests/
 * exercises/03-generations/test_collect_generations.c: run
 * `make grade CH=3`; `make hint EX=collect_generations` gives a hint at a
 * time.
 *
 * void my_collect_generations(void)
 *
 *   What an allocation runs once generation 0's count has passed its
 *   threshold (src/track.c, gc_on_alloc, which has already checked that the
 *   collector is enabled, that generation 0's threshold is not 0 and that no
 *   collection is running: do not check these again).
 *
 *   Collect the OLDEST generation whose count exceeds its threshold
 *   (gc_get_count(g) > gc_get_threshold(g): a count equal to the threshold
 *   is not over it), with gc_collect_generation(g), which collects the
 *   younger generations with it.  Every generation qualifies by the same
 *   rule, whatever generation 0's count is; a threshold of 0 is a number
 *   like any other here (only generation 0's turns automatic collection
 *   off, and the caller has seen to that).
 *
 *   One exception, the long-lived heuristic: the oldest generation
 *   (GC_OLDEST) is collected only if full_collection_is_due() (collect.h)
 *   says so.  When it does not, the oldest generation is passed over, and
 *   the rule goes on with the next younger one: the oldest of the others
 *   whose count exceeds its threshold is collected instead.
 *
 *   At most one collection: even if a collection leaves another generation
 *   over its threshold (the gc callback may allocate), that waits for the
 *   next allocation.  If no generation qualifies, collect nothing.
 *
 *   The counts and thresholds are CPython 3.11's: generation 0 counts
 *   container allocations minus frees; generations 1 and 2 count the
 *   collections of the next younger generation since their own last one
 *   (defaults 700, 10 and 10).
 *
 * Use the public API of the runtime (runtime.h: gc.h and collect.h); do not
 * call collect_generations itself.  Do not edit src/. */
#include "runtime.h"

void my_collect_generations(void)
{
    /* TODO: write my_collect_generations as specified above. */
}
