/* Chapter 3 exercise freeze.  A reference solution; the specification is
 * in exercises/03-generations/freeze.c. */
#include "gc_state.h"
#include "runtime.h"

void my_freeze(void)
{
    /* Youngest first: each merge appends, so the permanent generation ends
     * with generation 0's objects, then 1's, then 2's. */
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        gc_list_merge(GEN_HEAD(g), &gc_state.permanent);
        gc_state.generations[g].count = 0;
    }
}

void my_unfreeze(void)
{
    gc_list_merge(&gc_state.permanent, GEN_HEAD(GC_OLDEST));
}

long my_get_freeze_count(void)
{
    return (long)gc_list_size(&gc_state.permanent);
}
