/* Chapter 3 exercise collect_generations.  A reference solution; the
 * specification is in exercises/03-generations/collect_generations.c. */
#include "runtime.h"

void my_collect_generations(void)
{
    /* Oldest first: collecting a generation collects the younger ones too,
     * so the oldest that qualifies is the one to run. */
    for (int g = GC_OLDEST; g >= 0; g--) {
        if (gc_get_count(g) <= gc_get_threshold(g))
            continue;
        if (g == GC_OLDEST && !full_collection_is_due())
            continue; /* the long-lived heuristic: a younger one may run */
        gc_collect_generation(g);
        return;
    }
}
