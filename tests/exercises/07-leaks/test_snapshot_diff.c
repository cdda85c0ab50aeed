/* Graded tests of the chapter 7 exercise snapshot_diff
 * (exercises/07-leaks/snapshot_diff.c).
 *
 * Snapshots are made here as C data, at random (random_inputs.h): a few
 * files and lines, tracebacks of one to three frames, traces of sizes from
 * a small set so that sizes and counts tie and the later keys decide.
 * Each snapshot has its own copy of every filename, as the tracer's do.
 * The expected comparison is computed here the way Lib/tracemalloc.py does
 * it in CPython 3.11: a dict of lines, then a sort by StatisticDiff's key. */
#include "graded.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "random_inputs.h"
#include "tracemalloc.h"

typedef struct LineDiff {
    TraceFrame line;
    long size, count;
    long size_diff, count_diff;
} LineDiff;

STUDENT_WRITES size_t my_compare_lines(const TraceSnapshot *new, const TraceSnapshot *old,
                                       LineDiff *out);

#define CASES 50
#define MAX_TRACEBACKS 6
#define MAX_FRAMES 3
#define MAX_TRACES 40
#define MAX_LINENO 4
static const char *const FILES[] = {"app.py", "cache.py", "lib/util.py"};
#define NFILES (sizeof FILES / sizeof *FILES)
static const size_t SIZES[] = {16, 32, 48, 1024};
#define NSIZES (sizeof SIZES / sizeof *SIZES)

static void snapshot_diff_is_defined(void)
{
    ck_assert_defined(my_compare_lines);
}

/* A snapshot of random traces; `files` are its own copies of FILES. */
static TraceSnapshot *random_snapshot(char **files, size_t max_traces)
{
    TraceSnapshot *s = calloc(1, sizeof *s);
    s->traceback_limit = MAX_FRAMES;
    s->ntracebacks = (size_t)random_between(1, MAX_TRACEBACKS);
    s->tracebacks = calloc(s->ntracebacks, sizeof *s->tracebacks);
    for (size_t t = 0; t < s->ntracebacks; t++) {
        unsigned nframe = (unsigned)random_between(1, MAX_FRAMES);
        TraceTraceback *tb = calloc(1, sizeof *tb + nframe * sizeof(TraceFrame));
        tb->nframe = tb->total_nframe = (uint16_t)nframe;
        for (unsigned f = 0; f < nframe; f++)
            tb->frames[f] = (TraceFrame){files[random_between(0, NFILES - 1)],
                                         (unsigned)random_between(1, MAX_LINENO)};
        s->tracebacks[t] = tb;
    }
    s->ntraces = (size_t)random_between(1, (long)max_traces);
    s->traces = calloc(s->ntraces, sizeof *s->traces);
    for (size_t i = 0; i < s->ntraces; i++)
        s->traces[i] = (struct SnapshotTrace){SIZES[random_between(0, NSIZES - 1)],
                                              (size_t)random_between(0, (long)s->ntracebacks - 1)};
    return s;
}

static void free_snapshot(TraceSnapshot *s)
{
    for (size_t t = 0; t < s->ntracebacks; t++)
        free(s->tracebacks[t]);
    free(s->tracebacks);
    free(s->traces);
    free(s);
}

typedef struct Case {
    char *new_files[NFILES], *old_files[NFILES];
    TraceSnapshot *new, *old;
    LineDiff *got, *expected;
    size_t ngot, nexpected;
} Case;

static int line_order(const TraceFrame *a, const TraceFrame *b)
{
    int c = strcmp(a->filename, b->filename);
    return c ? c : (a->lineno > b->lineno) - (a->lineno < b->lineno);
}

/* The tuple (|size_diff|, size, |count_diff|, count, (filename, lineno)),
 * compared as Python compares tuples. */
static int sort_key_order(const LineDiff *a, const LineDiff *b)
{
    long ka[] = {labs(a->size_diff), a->size, labs(a->count_diff), a->count};
    long kb[] = {labs(b->size_diff), b->size, labs(b->count_diff), b->count};
    for (size_t i = 0; i < sizeof ka / sizeof *ka; i++)
        if (ka[i] != kb[i])
            return ka[i] < kb[i] ? -1 : 1;
    return line_order(&a->line, &b->line);
}

/* _group_by: a "dict" of lines, filled in the order lines are met. */
static void group(const TraceSnapshot *s, bool is_new, LineDiff *lines, size_t *n)
{
    for (size_t i = 0; i < s->ntraces; i++) {
        const TraceFrame *line = &s->tracebacks[s->traces[i].traceback]->frames[0];
        size_t k = 0;
        while (k < *n && line_order(&lines[k].line, line) != 0)
            k++;
        if (k == *n)
            lines[(*n)++] = (LineDiff){*line, 0, 0, 0, 0};
        long size = (long)s->traces[i].size;
        lines[k].size_diff += is_new ? size : -size;
        lines[k].count_diff += is_new ? 1 : -1;
        lines[k].size += is_new ? size : 0;
        lines[k].count += is_new ? 1 : 0;
    }
}

/* compare_to(old, 'lineno'): statistics.sort(reverse=True, key=_sort_key),
 * here an insertion sort, the largest key first. */
static size_t reference(const TraceSnapshot *new, const TraceSnapshot *old, LineDiff *out)
{
    size_t n = 0;
    group(new, true, out, &n);
    group(old, false, out, &n);
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && sort_key_order(&out[j - 1], &out[j]) < 0; j--) {
            LineDiff swap = out[j];
            out[j] = out[j - 1];
            out[j - 1] = swap;
        }
    return n;
}

static Case make_case(size_t max_new_traces)
{
    Case c = {0};
    for (size_t f = 0; f < NFILES; f++) {
        c.new_files[f] = strdup(FILES[f]);
        c.old_files[f] = strdup(FILES[f]);
    }
    c.new = random_snapshot(c.new_files, max_new_traces);
    c.old = random_snapshot(c.old_files, MAX_TRACES);
    size_t room = c.new->ntraces + c.old->ntraces;
    c.got = calloc(room, sizeof *c.got);
    c.expected = calloc(room, sizeof *c.expected);
    c.nexpected = reference(c.new, c.old, c.expected);
    c.ngot = my_compare_lines(c.new, c.old, c.got);
    return c;
}

static void free_case(Case *c)
{
    free_snapshot(c->new);
    free_snapshot(c->old);
    for (size_t f = 0; f < NFILES; f++) {
        free(c->new_files[f]);
        free(c->old_files[f]);
    }
    free(c->got);
    free(c->expected);
}

/* The entry for line in out[0..n), or NULL. */
static const LineDiff *find_line(const LineDiff *out, size_t n, const TraceFrame *line)
{
    for (size_t i = 0; i < n; i++)
        if (line_order(&out[i].line, line) == 0)
            return &out[i];
    return NULL;
}

START_TEST(each_line_sums_its_traces)
{
    for (int k = 0; k < CASES; k++) {
        Case c = make_case(MAX_TRACES);
        ck_assert_msg(c.ngot == c.nexpected, "%zu lines, expected %zu (%s)", c.ngot,
                      c.nexpected, replay());
        for (size_t i = 0; i < c.nexpected; i++) {
            const LineDiff *e = &c.expected[i], *g = find_line(c.got, c.ngot, &e->line);
            ck_assert_msg(g != NULL, "no entry for %s:%u (%s)", e->line.filename,
                          e->line.lineno, replay());
            ck_assert_msg(g->size == e->size && g->count == e->count &&
                          g->size_diff == e->size_diff && g->count_diff == e->count_diff,
                          "%s:%u: size=%ld (%+ld), count=%ld (%+ld), expected size=%ld "
                          "(%+ld), count=%ld (%+ld) (%s)", e->line.filename, e->line.lineno,
                          g->size, g->size_diff, g->count, g->count_diff, e->size,
                          e->size_diff, e->count, e->count_diff, replay());
        }
        free_case(&c);
    }
}
END_TEST

/* A line only the old snapshot has: size 0, count 0, all of it lost. */
START_TEST(a_line_only_the_old_snapshot_has_is_all_loss)
{
    int checked = 0;
    for (int k = 0; k < CASES || checked == 0; k++) {
        Case c = make_case(2);
        for (size_t i = 0; i < c.nexpected; i++) {
            const LineDiff *e = &c.expected[i];
            if (e->count != 0)
                continue;
            const LineDiff *g = find_line(c.got, c.ngot, &e->line);
            ck_assert_msg(g != NULL, "no entry for %s:%u, a line of the old snapshot only "
                          "(%s)", e->line.filename, e->line.lineno, replay());
            ck_assert_msg(g->size == 0 && g->count == 0 && g->size_diff == e->size_diff &&
                          g->count_diff == e->count_diff,
                          "%s:%u, in the old snapshot only: size=%ld (%+ld), count=%ld "
                          "(%+ld), expected size=0 (%+ld), count=0 (%+ld) (%s)",
                          e->line.filename, e->line.lineno, g->size, g->size_diff, g->count,
                          g->count_diff, e->size_diff, e->count_diff, replay());
            checked++;
        }
        free_case(&c);
    }
}
END_TEST

START_TEST(the_lines_come_in_compare_tos_order)
{
    for (int k = 0; k < CASES; k++) {
        Case c = make_case(MAX_TRACES);
        ck_assert_msg(c.ngot == c.nexpected, "%zu lines, expected %zu (%s)", c.ngot,
                      c.nexpected, replay());
        for (size_t i = 0; i < c.nexpected; i++)
            ck_assert_msg(line_order(&c.got[i].line, &c.expected[i].line) == 0 &&
                          c.got[i].size_diff == c.expected[i].size_diff,
                          "line %zu of the result is %s:%u (%+ld), expected %s:%u (%+ld) "
                          "(%s)", i, c.got[i].line.filename, c.got[i].line.lineno,
                          c.got[i].size_diff, c.expected[i].line.filename,
                          c.expected[i].line.lineno, c.expected[i].size_diff, replay());
        free_case(&c);
    }
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {each_line_sums_its_traces, 2},
        {a_line_only_the_old_snapshot_has_is_all_loss, 1},
        {the_lines_come_in_compare_tos_order, 2},
    };
    return graded_suite("snapshot_diff", graded, GRADED_COUNT(graded),
                        snapshot_diff_is_defined);
}
