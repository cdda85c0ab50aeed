/* Chapter 7 exercise snapshot_diff.  Snapshot.compare_to(old, 'lineno'):
 * what grew, line by line.  Graded by
 * tests/exercises/07-leaks/test_snapshot_diff.c: run `make grade CH=7`;
 * `make hint EX=snapshot_diff` gives a hint at a time.
 *
 * size_t my_compare_lines(const TraceSnapshot *new, const TraceSnapshot *old,
 *                         LineDiff *out)
 *
 *   Group the traces of each snapshot by line: the most recent frame of
 *   their traceback (frames[0]), two lines being equal when their
 *   filenames are equal strings (each snapshot has its own copies) and
 *   their line numbers equal.  A line's size is the sum of its traces'
 *   sizes, its count how many traces it has.  Write one LineDiff per line
 *   found in either snapshot to out (it has room for new->ntraces +
 *   old->ntraces) and return how many: size and count are the new
 *   snapshot's (0 for a line only the old one has), size_diff and
 *   count_diff the new minus the old (a line the old one lacks counts 0
 *   there).  line.filename may point into either snapshot.
 *
 *   Sort them as CPython 3.11 sorts StatisticDiff (its _sort_key, with
 *   reverse=True): by the absolute size_diff, then size, then the absolute
 *   count_diff, then count, then the line (filename, then lineno), each
 *   the largest first.
 *
 * A snapshot's traces are s->traces[0 .. s->ntraces), each with its size
 * and the index of its traceback in s->tracebacks (tracemalloc.h).  Use
 * the C library (qsort, strcmp); do not edit src/. */
#include <stdlib.h>
#include <string.h>

#include "tracemalloc.h"

/* One line of the comparison. */
typedef struct LineDiff {
    TraceFrame line;
    long size, count;           /* in the new snapshot */
    long size_diff, count_diff; /* new minus old */
} LineDiff;

size_t my_compare_lines(const TraceSnapshot *new, const TraceSnapshot *old, LineDiff *out)
{
    /* TODO: write my_compare_lines as specified above. */
    (void)new, (void)old, (void)out;
    return 0;
}
