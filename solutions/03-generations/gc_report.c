/* Chapter 3 exercise gc_report.  A reference solution; the specification
 * is in exercises/03-generations/gc_report.c. */
#include <stdio.h>

#include "gc_state.h"
#include "runtime.h"

void my_gc_report(FILE *out)
{
    fprintf(out, "%3s %9s %9s %9s %11s %9s %13s\n", "gen", "count",
            "threshold", "objects", "collections", "collected",
            "uncollectable");
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        GCStats stats = gc_get_stats(g);
        /* Counted on the list itself: gc_get_objects would allocate, and
         * an allocation may start the very collection being reported. */
        fprintf(out, "%3d %9ld %9ld %9zu %11ld %9ld %13ld\n", g,
                gc_get_count(g), gc_get_threshold(g),
                gc_list_size(GEN_HEAD(g)), stats.collections,
                stats.collected, stats.uncollectable);
    }
    fprintf(out, "objects in permanent generation: %ld\n",
            gc_get_freeze_count());
}
