/* The tracer: a trace per live block, tracebacks stored once, current and
 * peak memory, snapshots, and what must not break it (chapter 7). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <valgrind/valgrind.h>

#include "harness.h"
#include "obmalloc.h"
#include "tracemalloc.h"

/* The frames a fake program reports: `depth` frames of FILENAME, the
 * innermost at line `line`, each outer one a line further. */
#define FILENAME "prog.py"
static unsigned line = 1, depth = 1;
/* Whether the frames source allocates and frees a block of its own. */
static bool source_allocates;

static size_t fake_frames(TraceFrame *frames, size_t max, size_t *total)
{
    if (source_allocates)
        object_free(object_malloc(32));
    size_t n = depth < max ? depth : max;
    for (size_t i = 0; i < n; i++)
        frames[i] = (TraceFrame){FILENAME, line + (unsigned)i};
    *total = depth;
    return n;
}

static void setup(void)
{
    line = depth = 1;
    source_allocates = false;
    tracemalloc_set_frames_source(fake_frames);
    tracemalloc_set_nomemory(0, 0);
}

static void teardown(void)
{
    tracemalloc_stop();
    tracemalloc_set_frames_source(NULL);
}

static size_t current_memory(void)
{
    size_t current, peak;
    tracemalloc_traced_memory(&current, &peak);
    return current;
}

static size_t peak_memory(void)
{
    size_t current, peak;
    tracemalloc_traced_memory(&current, &peak);
    return peak;
}

/* Ends every test: tracing off, the tracer's memory given back, and no
 * object left. */
#define ck_assert_nothing_left()                                \
    do {                                                        \
        tracemalloc_stop();                                     \
        ck_assert_uint_eq(tracemalloc_memory(), 0);             \
        ck_assert_nothing_alive();                              \
    } while (0)

START_TEST(a_block_has_its_size_and_line_until_it_is_freed)
{
    void *before = object_malloc(100);
    ck_assert(tracemalloc_start(1));
    line = 7;
    void *p = object_malloc(100);
    ck_assert_ptr_null(tracemalloc_traceback_of(before));
    const TraceTraceback *tb = tracemalloc_traceback_of(p);
    ck_assert_ptr_nonnull(tb);
    ck_assert_uint_eq(tb->nframe, 1);
    ck_assert_str_eq(tb->frames[0].filename, FILENAME);
    ck_assert_uint_eq(tb->frames[0].lineno, 7);
    ck_assert_uint_eq(current_memory(), 100);
    object_free(p);
    object_free(before); /* untraced: changes nothing */
    ck_assert_ptr_null(tracemalloc_traceback_of(p));
    ck_assert_uint_eq(current_memory(), 0);
    ck_assert_uint_eq(peak_memory(), 100);
    tracemalloc_reset_peak();
    ck_assert_uint_eq(peak_memory(), 0);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(a_block_resized_keeps_one_trace_of_its_new_size)
{
    ck_assert(tracemalloc_start(1));
    line = 3;
    void *p = object_malloc(16);
    line = 4;
    /* From a small block to malloc's: it moves, the trace follows. */
    p = object_realloc(p, 4000);
    ck_assert_uint_eq(current_memory(), 4000);
    ck_assert_uint_eq(tracemalloc_traceback_of(p)->frames[0].lineno, 4);
    TraceSnapshot *snapshot = tracemalloc_take_snapshot();
    ck_assert_uint_eq(snapshot->ntraces, 1);
    tracemalloc_snapshot_free(snapshot);
    object_free(p);
    ck_assert_uint_eq(current_memory(), 0);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(tracebacks_keep_nframe_frames_innermost_first_and_count_the_rest)
{
    ck_assert(tracemalloc_start(2));
    depth = 5;
    line = 10;
    void *p = object_malloc(8);
    const TraceTraceback *tb = tracemalloc_traceback_of(p);
    ck_assert_uint_eq(tb->nframe, 2);
    ck_assert_uint_eq(tb->total_nframe, 5);
    ck_assert_uint_eq(tb->frames[0].lineno, 10);
    ck_assert_uint_eq(tb->frames[1].lineno, 11);
    ck_assert_uint_eq(tracemalloc_traceback_limit(), 2);
    object_free(p);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(equal_tracebacks_are_stored_once_in_a_snapshot_that_outlives_tracing)
{
    enum { N = 1000 };
    static void *blocks[N];
    ck_assert(tracemalloc_start(1));
    for (size_t i = 0; i < N; i++) {
        line = i % 2 ? 20 : 30;
        blocks[i] = object_malloc(24);
    }
    TraceSnapshot *snapshot = tracemalloc_take_snapshot();
    for (size_t i = 0; i < N; i++)
        object_free(blocks[i]);
    tracemalloc_stop();
    ck_assert_uint_eq(snapshot->ntraces, N);
    ck_assert_uint_eq(snapshot->ntracebacks, 2);
    size_t at_20 = 0;
    for (size_t i = 0; i < N; i++) {
        const TraceTraceback *tb = snapshot->tracebacks[snapshot->traces[i].traceback];
        ck_assert_str_eq(tb->frames[0].filename, FILENAME);
        at_20 += tb->frames[0].lineno == 20;
        ck_assert_uint_eq(snapshot->traces[i].size, 24);
    }
    ck_assert_uint_eq(at_20, N / 2);
    tracemalloc_snapshot_free(snapshot);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(a_snapshot_when_not_tracing_is_empty)
{
    TraceSnapshot *snapshot = tracemalloc_take_snapshot();
    ck_assert_uint_eq(snapshot->ntraces, 0);
    ck_assert_uint_eq(snapshot->ntracebacks, 0);
    tracemalloc_snapshot_free(snapshot);
    ck_assert_nothing_left();
}
END_TEST

/* A million live blocks in the optimized, debug and sanitized builds;
 * under memcheck, where a million cost a minute and find nothing that ten
 * thousand do not (the table grows and deletes the same way), ten
 * thousand, as test_trashcan.c's long chains. */
enum { MILLION = 1000000, THOUSANDS = 10000 };
/* Prime and coprime with both counts: i * STRIDE % n visits every i. */
enum { STRIDE = 7919 };

/* Live blocks freed in an order unlike their addresses', with collections
 * between: the table's deletions must keep every trace findable. */
START_TEST(a_million_blocks_freed_interleaved_with_collections)
{
    const size_t N = RUNNING_ON_VALGRIND ? THOUSANDS : MILLION;
    void **blocks = malloc(N * sizeof *blocks);
    ck_assert(tracemalloc_start(1));
    for (size_t i = 0; i < N; i++) {
        line = (unsigned)(i % 3);
        blocks[i] = object_malloc(16 + i % 64);
    }
    size_t total = current_memory();
    for (size_t k = 0; k < N; k++) {
        size_t i = k * STRIDE % N;
        ck_assert_ptr_nonnull(tracemalloc_traceback_of(blocks[i]));
        total -= 16 + i % 64;
        object_free(blocks[i]);
        if (k % (N / 4) == 0)
            gc_collect();
    }
    ck_assert_uint_eq(total, 0);
    ck_assert_uint_eq(current_memory(), 0);
    free(blocks);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(tracing_starts_again_after_a_stop_with_nothing_from_before)
{
    ck_assert(tracemalloc_start(1));
    void *p = object_malloc(64);
    tracemalloc_stop();
    ck_assert(!tracemalloc_tracing);
    ck_assert_uint_eq(tracemalloc_memory(), 0);
    ck_assert(tracemalloc_start(3));
    ck_assert(tracemalloc_start(5)); /* already tracing: keeps 3 */
    ck_assert_uint_eq(tracemalloc_traceback_limit(), 3);
    ck_assert_ptr_null(tracemalloc_traceback_of(p));
    void *q = object_malloc(64);
    object_free(p);
    ck_assert_uint_eq(current_memory(), 64);
    tracemalloc_clear_traces();
    ck_assert_uint_eq(current_memory(), 0);
    ck_assert_ptr_null(tracemalloc_traceback_of(q));
    object_free(q);
    ck_assert_nothing_left();
}
END_TEST

/* The frames source allocates: no trace of its own, no recursion. */
START_TEST(the_tracer_does_not_trace_itself)
{
    source_allocates = true;
    ck_assert(tracemalloc_start(1));
    void *p = object_malloc(48);
    TraceSnapshot *snapshot = tracemalloc_take_snapshot();
    ck_assert_uint_eq(snapshot->ntraces, 1);
    ck_assert_uint_eq(snapshot->traces[0].size, 48);
    tracemalloc_snapshot_free(snapshot);
    object_free(p);
    ck_assert_nothing_left();
}
END_TEST

/* Out of memory inside the tracer: the block is still handed out, it goes
 * untraced and is counted; a filename that cannot be copied is
 * "<unknown>", as CPython's. */
START_TEST(a_failure_inside_the_tracer_loses_a_trace_not_the_block)
{
    ck_assert(tracemalloc_start(1));
    tracemalloc_set_nomemory(0, SIZE_MAX);
    void *p = object_malloc(40);
    ck_assert_ptr_nonnull(p);
    ck_assert_ptr_null(tracemalloc_traceback_of(p));
    ck_assert_uint_eq(tracemalloc_lost_traces(), 1);
    ck_assert_uint_eq(current_memory(), 0);
    /* The filenames' table is made (0), the copy of the name fails (1);
     * the tracebacks' table, the traceback and the traces' table follow. */
    tracemalloc_set_nomemory(1, 2);
    void *q = object_malloc(40);
    const TraceTraceback *tb = tracemalloc_traceback_of(q);
    ck_assert_ptr_nonnull(tb);
    ck_assert_str_eq(tb->frames[0].filename, "<unknown>");
    tracemalloc_set_nomemory(0, 0);
    object_free(p);
    object_free(q);
    ck_assert_uint_eq(current_memory(), 0);
    ck_assert_nothing_left();
}
END_TEST

/* A collection's callback starts and stops tracing while objects die. */
static void toggle_tracing(const char *phase, const GCInfo *info, void *arg)
{
    (void)info, (void)arg;
    if (strcmp(phase, "start") == 0)
        ck_assert(tracemalloc_start(1));
    else
        tracemalloc_stop();
}

START_TEST(tracing_started_and_stopped_inside_a_collection)
{
    gc_set_callback(toggle_tracing, NULL);
    for (int round = 0; round < 3; round++) {
        Object *a = list_new(), *b = list_new();
        list_append(a, b);
        list_append(b, a);
        decref(a);
        decref(b);
        ck_assert_int_eq(gc_collect(), 2);
        ck_assert(!tracemalloc_tracing);
    }
    gc_set_callback(NULL, NULL);
    ck_assert_nothing_left();
}
END_TEST

static void start_at_zero_frames(void)
{
    tracemalloc_start(0);
}

START_TEST(a_frame_limit_out_of_range_is_misuse)
{
    assert_misuse(start_at_zero_frames, "the number of frames must be in range [1; 65535]");
    ck_assert_nothing_left();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("tracemalloc");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, a_block_has_its_size_and_line_until_it_is_freed);
    tcase_add_test(tc, a_block_resized_keeps_one_trace_of_its_new_size);
    tcase_add_test(tc, tracebacks_keep_nframe_frames_innermost_first_and_count_the_rest);
    tcase_add_test(tc, equal_tracebacks_are_stored_once_in_a_snapshot_that_outlives_tracing);
    tcase_add_test(tc, a_snapshot_when_not_tracing_is_empty);
    tcase_add_test(tc, a_million_blocks_freed_interleaved_with_collections);
    tcase_add_test(tc, tracing_starts_again_after_a_stop_with_nothing_from_before);
    tcase_add_test(tc, the_tracer_does_not_trace_itself);
    tcase_add_test(tc, a_failure_inside_the_tracer_loses_a_trace_not_the_block);
    tcase_add_test(tc, tracing_started_and_stopped_inside_a_collection);
    tcase_add_test(tc, a_frame_limit_out_of_range_is_misuse);
    suite_add_tcase(s, tc);
    return s;
}
