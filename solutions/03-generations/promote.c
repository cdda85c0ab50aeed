/* Chapter 3 exercise promote.  A reference solution; the specification is
 * in exercises/03-generations/promote.c. */
#include "gc_state.h"
#include "runtime.h"

void my_promote(int generation)
{
    GCHead *survivors = GEN_HEAD(generation);
    if (generation == GC_OLDEST) {
        /* A full collection: what it kept is the new base of comparison. */
        gc_state.long_lived_total = (long)gc_list_size(survivors);
        gc_state.long_lived_pending = 0;
        return;
    }
    if (generation == GC_OLDEST - 1)
        gc_state.long_lived_pending += (long)gc_list_size(survivors);
    /* One splice, whatever the length of the list. */
    gc_list_merge(survivors, GEN_HEAD(generation + 1));
}
