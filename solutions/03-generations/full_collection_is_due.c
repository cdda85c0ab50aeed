/* Chapter 3 exercise full_collection_is_due.  A reference solution; the
 * specification is in exercises/03-generations/full_collection_is_due.c. */
#include <stdbool.h>

#include "gc_state.h"
#include "runtime.h"

bool my_full_collection_is_due(void)
{
    /* Integer division, rounded down as CPython's: 101 / 4 is 25.  Each
     * full collection then finds the oldest generation at least a quarter
     * larger than the last one did, so their costs grow geometrically and
     * add up to a constant times the final size. */
    return gc_state.long_lived_pending >=
           gc_state.long_lived_total / LONG_LIVED_FRACTION;
}
