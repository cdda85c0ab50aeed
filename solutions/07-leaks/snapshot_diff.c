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

static int compare_numbers(long a, long b)
{
    return (a > b) - (a < b);
}

static int compare_frames(const TraceFrame *a, const TraceFrame *b)
{
    int by_name = strcmp(a->filename, b->filename);
    return by_name ? by_name : compare_numbers(a->lineno, b->lineno);
}

/* The entry of out[0 .. *n) for line, added (all zero) if there is none. */
static LineDiff *entry_for(LineDiff *out, size_t *n, const TraceFrame *line)
{
    for (size_t i = 0; i < *n; i++)
        if (compare_frames(&out[i].line, line) == 0)
            return &out[i];
    out[*n] = (LineDiff){*line, 0, 0, 0, 0};
    return &out[(*n)++];
}

/* Add each trace of s to its line's entry, with sign +1 (new) or -1 (old). */
static void add_traces(const TraceSnapshot *s, long sign, LineDiff *out, size_t *n)
{
    for (size_t i = 0; i < s->ntraces; i++) {
        const TraceTraceback *tb = s->tracebacks[s->traces[i].traceback];
        LineDiff *d = entry_for(out, n, &tb->frames[0]);
        long size = (long)s->traces[i].size;
        d->size_diff += sign * size;
        d->count_diff += sign;
        if (sign > 0) {
            d->size += size;
            d->count++;
        }
    }
}

/* StatisticDiff._sort_key, the largest first. */
static int compare_diffs(const void *pa, const void *pb)
{
    const LineDiff *a = pa, *b = pb;
    int c = compare_numbers(labs(b->size_diff), labs(a->size_diff));
    c = c ? c : compare_numbers(b->size, a->size);
    c = c ? c : compare_numbers(labs(b->count_diff), labs(a->count_diff));
    c = c ? c : compare_numbers(b->count, a->count);
    return c ? c : compare_frames(&b->line, &a->line);
}

size_t my_compare_lines(const TraceSnapshot *new, const TraceSnapshot *old, LineDiff *out)
{
    size_t n = 0;
    add_traces(new, 1, out, &n);
    add_traces(old, -1, out, &n);
    qsort(out, n, sizeof *out, compare_diffs);
    return n;
}
