/* Chapter 3 exercise gc_report.  Report what the generations hold and what
 * their collections have done, with the gc module's introspection API.
 * Graded by tests/exercises/03-generations/test_gc_report.c: run
 * `make grade CH=3`; `make hint EX=gc_report` gives a hint at a time.
 *
 * void my_gc_report(FILE *out)
 *
 *   Writes to `out` a table of the generations, then a line for the
 *   permanent generation, exactly as follows (the tests compare the text).
 *
 *   The first line is the header, exactly:
 *
 *     gen     count threshold   objects collections collected uncollectable
 *
 *   then one line per generation, 0 first, written with the format
 *
 *     "%3d %9ld %9ld %9zu %11ld %9ld %13ld\n"
 *
 *   and these values, in this order: the generation's number; its count
 *   and its threshold (gc_get_count, gc_get_threshold); the number of
 *   objects in it (its list, GEN_HEAD(g) in gc_state.h); and from
 *   gc_get_stats(g), its collections, the unreachable objects they found
 *   (collected) and those they could not free (uncollectable: 0 until
 *   chapter 5).  Python's gc.get_count(), gc.get_threshold() and
 *   gc.get_stats() give the same figures.  The last line is
 *
 *     "objects in permanent generation: %ld\n"
 *
 *   with the number of frozen objects (gc_get_freeze_count).  For example,
 *   after one collection of generation 0 that found 2 unreachable objects
 *   and kept 3, and 1 container allocated since:
 *
 *     gen     count threshold   objects collections collected uncollectable
 *       0         1       700         1           1         2             0
 *       1         1        10         3           0         0             0
 *       2         0        10         0           0         0             0
 *     objects in permanent generation: 0
 *
 *   The report must not change what it reports: it allocates no container
 *   and starts no collection.  (gc_get_objects makes a new list: that is a
 *   container allocation, which adds to generation 0's count and may start
 *   a collection.)  Write only to `out`.
 *
 * Use the public API of the runtime (runtime.h) and gc_state.h.  Do not
 * edit src/. */
#include <stdio.h>

#include "gc_state.h"
#include "runtime.h"

void my_gc_report(FILE *out)
{
    /* TODO: write my_gc_report as specified above. */
    (void)out;
}
