/* Generations: counts, thresholds, promotion, the long-lived heuristic, the
 * permanent generation, stats, callbacks and debug flags, with CPython
 * 3.11's rules (chapter 3). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "gc_state.h"
#include "harness.h"

/* A list that holds itself: garbage as soon as its creator lets go. */
static void make_self_cycle(void)
{
    Object *l = list_new();
    list_append(l, l);
    decref(l);
}

static bool in_generation(int generation, Object *op)
{
    for (GCHead *g = gc_next(GEN_HEAD(generation)); g != GEN_HEAD(generation); g = gc_next(g))
        if (from_gc(g) == op)
            return true;
    return false;
}

static void ck_assert_counts(long young, long middle, long old)
{
    ck_assert_msg(gc_get_count(0) == young && gc_get_count(1) == middle &&
                      gc_get_count(2) == old,
                  "counts are (%ld, %ld, %ld), not (%ld, %ld, %ld)", gc_get_count(0),
                  gc_get_count(1), gc_get_count(2), young, middle, old);
}

/* The thresholds a test changes, put back for the next test (which runs in
 * the same process under valgrind). */
static void restore_defaults(void)
{
    gc_set_threshold(0, GC_DEFAULT_THRESHOLD);
    gc_set_threshold(1, GC_DEFAULT_OLDER_THRESHOLD);
    gc_set_threshold(2, GC_DEFAULT_OLDER_THRESHOLD);
    gc_set_debug(0);
    gc_set_callback(NULL, NULL);
    gc_enable();
}

START_TEST(a_new_container_starts_young_and_each_collection_ages_it)
{
    Object *l = list_new();
    ck_assert(in_generation(0, l));
    ck_assert_int_eq(gc_collect_generation(0), 0);
    ck_assert(in_generation(1, l));
    ck_assert_int_eq(gc_collect_generation(1), 0);
    ck_assert(in_generation(2, l));
    ck_assert_int_eq(gc_collect_generation(2), 0);
    ck_assert(in_generation(2, l)); /* the oldest keeps its survivors */
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_cycle_that_survived_is_found_only_by_an_older_collection)
{
    Object *l = list_new();
    list_append(l, l);
    gc_collect_generation(0); /* held by us: survives into generation 1 */
    decref(l);
    ck_assert_int_eq(gc_collect_generation(0), 0);
    ck_assert_int_eq(gc_collect_generation(1), 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(collecting_a_generation_collects_the_younger_ones_with_it)
{
    Object *older = list_new();
    list_append(older, older);
    gc_collect_generation(0);
    decref(older); /* garbage in generation 1 */
    make_self_cycle(); /* garbage in generation 0 */
    ck_assert_int_eq(gc_collect_generation(1), 2);
    ck_assert(gc_list_is_empty(GEN_HEAD(0)));
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(counts_are_kept_as_cpython_3_11_keeps_them)
{
    gc_collect();
    ck_assert_counts(0, 0, 0);
    Object *l = list_new();
    Object *d = dict_new(); /* untracked, but counted: it is a container */
    ck_assert_counts(2, 0, 0);
    decref(d);
    ck_assert_counts(1, 0, 0);
    gc_collect_generation(0);
    ck_assert_counts(0, 1, 0);
    gc_collect_generation(0);
    ck_assert_counts(0, 2, 0);
    gc_collect_generation(1);
    ck_assert_counts(0, 0, 1);
    gc_collect_generation(2);
    ck_assert_counts(0, 0, 0);
    decref(l);
    ck_assert_counts(0, 0, 0); /* never below zero */
    ck_assert_nothing_alive();
}
END_TEST

enum { MAX_SEEN = 64 };
typedef struct Seen {
    int generations[MAX_SEEN];
    size_t count;
} Seen;

static void record_start(const char *phase, const GCInfo *info, void *arg)
{
    Seen *seen = arg;
    if (strcmp(phase, "start") == 0 && seen->count < MAX_SEEN)
        seen->generations[seen->count++] = info->generation;
}

START_TEST(an_allocation_collects_the_oldest_generation_past_its_threshold)
{
    /* Thresholds (3, 1, 1): a collection every 4th allocation.  Generation
     * 1's count exceeds 1 at every 3rd collection; generation 2's after two
     * of generation 1, and the heuristic lets it run: the last full
     * collection kept nothing, so any number promoted since is enough. */
    static const int expected[] = {0, 0, 1, 0, 0, 1, 2, 0, 0, 1};
    enum { EXPECTED = sizeof expected / sizeof expected[0], PER_COLLECTION = 4 };
    gc_collect();
    gc_set_threshold(0, 3);
    gc_set_threshold(1, 1);
    gc_set_threshold(2, 1);
    Seen seen = {0};
    gc_set_callback(record_start, &seen);
    Object *keep = list_new(); /* the 1st allocation */
    for (int i = 1; i < EXPECTED * PER_COLLECTION; i++)
        make_self_cycle();
    restore_defaults();
    ck_assert_uint_eq(seen.count, EXPECTED);
    for (size_t i = 0; i < EXPECTED; i++)
        ck_assert_msg(seen.generations[i] == expected[i],
                      "collection %zu was of generation %d, not %d", i + 1,
                      seen.generations[i], expected[i]);
    decref(keep);
    gc_collect();
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_threshold_of_0_turns_automatic_collection_off)
{
    gc_set_threshold(0, 0);
    Seen seen = {0};
    gc_set_callback(record_start, &seen);
    for (int i = 0; i < 3 * GC_DEFAULT_THRESHOLD; i++)
        make_self_cycle();
    ck_assert_uint_eq(seen.count, 0);
    ck_assert_int_eq(gc_get_count(0), 3 * GC_DEFAULT_THRESHOLD);
    restore_defaults();
    ck_assert_int_eq(gc_collect(), 3 * GC_DEFAULT_THRESHOLD);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_negative_threshold_collects_at_every_allocation)
{
    /* CPython 3.11 tests the threshold for 0 only: -1 is a count that
     * every allocation exceeds. */
    enum { ALLOCATIONS = 10 };
    gc_set_threshold(0, -1);
    Seen seen = {0};
    gc_set_callback(record_start, &seen);
    for (int i = 0; i < ALLOCATIONS; i++)
        make_self_cycle();
    restore_defaults();
    ck_assert_uint_eq(seen.count, ALLOCATIONS);
    gc_collect();
    ck_assert_nothing_alive();
}
END_TEST

/* A list of n new lists: n + 1 objects that will survive collections. */
static Object *make_survivors(size_t n)
{
    Object *keep = list_new();
    for (size_t i = 0; i < n; i++) {
        Object *l = list_new();
        list_append(keep, l);
        decref(l);
    }
    return keep;
}

START_TEST(the_long_lived_heuristic_holds_full_collections_back)
{
    enum { KEPT = 400 };
    GCStats full_before = gc_get_stats(2), middle_before = gc_get_stats(1);
    Object *old = make_survivors(KEPT);
    gc_collect();
    ck_assert_int_eq(gc_state.long_lived_total, KEPT + 1);
    ck_assert_int_eq(gc_state.long_lived_pending, 0);
    ck_assert(!full_collection_is_due());
    /* Promote a quarter of that, less one, through generation 1. */
    Object *young = make_survivors((KEPT + 1) / LONG_LIVED_FRACTION - 2);
    gc_collect_generation(1);
    ck_assert_int_eq(gc_state.long_lived_pending, (KEPT + 1) / LONG_LIVED_FRACTION - 1);
    ck_assert(!full_collection_is_due());
    /* Generation 2 is past its threshold, but only generation 1 runs. */
    gc_state.generations[2].count = GC_DEFAULT_OLDER_THRESHOLD + 1;
    gc_state.generations[1].count = GC_DEFAULT_OLDER_THRESHOLD + 1;
    gc_state.generations[0].count = GC_DEFAULT_THRESHOLD + 1;
    collect_generations();
    ck_assert_int_eq(gc_get_stats(2).collections, full_before.collections + 1);
    ck_assert_int_eq(gc_get_stats(1).collections, middle_before.collections + 2);
    /* One more survivor makes a quarter: the full collection is due. */
    Object *one = list_new();
    gc_collect_generation(1);
    ck_assert(full_collection_is_due());
    gc_state.generations[0].count = GC_DEFAULT_THRESHOLD + 1;
    collect_generations();
    ck_assert_int_eq(gc_get_stats(2).collections, full_before.collections + 2);
    ck_assert_int_eq(gc_state.long_lived_pending, 0);
    decref(one);
    decref(young);
    decref(old);
    gc_collect();
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(an_old_object_keeps_a_young_one_alive_without_a_write_barrier)
{
    /* old is in generation 2 when it comes to refer to young.  A collection
     * of generation 0 does not look at old; young's reference from it is
     * not subtracted, so it counts as a reference from outside. */
    Object *old = list_new();
    gc_collect();
    ck_assert(in_generation(2, old));
    Object *young = list_new();
    list_append(young, young);
    list_append(old, young);
    decref(young);
    ck_assert_int_eq(gc_collect_generation(0), 0);
    ck_assert(in_generation(1, young));
    ck_assert_int_eq(young->refcnt, 2);
    decref(old);
    ck_assert_int_eq(gc_collect_generation(1), 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_frozen_object_is_never_collected_until_unfrozen)
{
    make_self_cycle();
    make_self_cycle();
    Object *l = list_new();
    gc_freeze();
    ck_assert_int_eq(gc_get_freeze_count(), 3);
    ck_assert_int_eq(gc_get_count(0), 0);
    for (int g = 0; g < NUM_GENERATIONS; g++)
        ck_assert(gc_list_is_empty(GEN_HEAD(g)));
    ck_assert_int_eq(gc_collect(), 0);
    Object *all = gc_get_objects(-1);
    ck_assert_uint_eq(list_size(all), 0); /* get_objects leaves them out */
    decref(all);
    gc_unfreeze();
    ck_assert_int_eq(gc_get_freeze_count(), 0);
    ck_assert(in_generation(GC_OLDEST, l));
    ck_assert_int_eq(gc_collect(), 2);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(get_objects_lists_one_generation_or_all)
{
    Object *a = list_new();
    gc_collect_generation(0);
    Object *b = list_new();
    Object *young = gc_get_objects(0), *middle = gc_get_objects(1), *all = gc_get_objects(-1);
    ck_assert_uint_eq(list_size(young), 1);
    ck_assert_ptr_eq(list_getitem(young, 0), b);
    ck_assert_uint_eq(list_size(middle), 1);
    ck_assert_ptr_eq(list_getitem(middle, 0), a);
    ck_assert_uint_eq(list_size(all), 4); /* youngest first: b, young, middle, a */
    ck_assert_ptr_eq(list_getitem(all, 0), b);
    ck_assert_ptr_eq(list_getitem(all, 3), a);
    ck_assert_ptr_null(gc_get_objects(NUM_GENERATIONS));
    ck_assert_ptr_null(gc_get_objects(-2));
    decref(all);
    decref(middle);
    decref(young);
    decref(b);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(stats_count_collections_and_what_they_found)
{
    GCStats before[NUM_GENERATIONS];
    for (int g = 0; g < NUM_GENERATIONS; g++)
        before[g] = gc_get_stats(g);
    make_self_cycle();
    make_self_cycle();
    gc_collect_generation(0);
    gc_collect_generation(2);
    ck_assert_int_eq(gc_get_stats(0).collections, before[0].collections + 1);
    ck_assert_int_eq(gc_get_stats(0).collected, before[0].collected + 2);
    ck_assert_int_eq(gc_get_stats(1).collections, before[1].collections);
    ck_assert_int_eq(gc_get_stats(2).collections, before[2].collections + 1);
    ck_assert_int_eq(gc_get_stats(2).collected, before[2].collected);
    ck_assert_int_eq(gc_get_stats(2).uncollectable, 0);
    ck_assert_nothing_alive();
}
END_TEST

typedef struct Told {
    int starts, stops;
    GCInfo stop;
    int generation_seen;
    long nested;
} Told;

/* A callback may allocate, make garbage and ask for a collection: that one
 * does not run, since one already is. */
static void busy_callback(const char *phase, const GCInfo *info, void *arg)
{
    Told *told = arg;
    if (strcmp(phase, "start") == 0) {
        told->starts++;
        told->generation_seen = gc_collecting_generation();
        make_self_cycle();
        told->nested = gc_collect();
    } else {
        told->stops++;
        told->stop = *info;
    }
}

START_TEST(the_callback_is_told_at_start_and_stop)
{
    Told told = {0};
    gc_set_callback(busy_callback, &told);
    make_self_cycle();
    long found = gc_collect_generation(1);
    gc_set_callback(NULL, NULL);
    ck_assert_int_eq(told.starts, 1);
    ck_assert_int_eq(told.stops, 1);
    ck_assert_int_eq(told.nested, 0);
    /* At "start" the merge has not happened: the generation is not set. */
    ck_assert_int_eq(told.generation_seen, -1);
    ck_assert_int_eq(told.stop.generation, 1);
    /* The cycle the callback made at "start" is in this collection too. */
    ck_assert_int_eq(found, 2);
    ck_assert_int_eq(told.stop.collected, 2);
    ck_assert_int_eq(told.stop.uncollectable, 0);
    ck_assert_int_eq(gc_collecting_generation(), -1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(debug_saveall_keeps_the_garbage_in_the_garbage_list)
{
    gc_set_debug(GC_DEBUG_SAVEALL);
    ck_assert_int_eq(gc_get_debug(), GC_DEBUG_SAVEALL);
    make_self_cycle();
    ck_assert_int_eq(gc_collect(), 1);
    Object *garbage = gc_get_garbage();
    ck_assert_uint_eq(list_size(garbage), 1);
    Object *saved = list_getitem(garbage, 0);
    ck_assert_ptr_eq(list_getitem(saved, 0), saved); /* intact, not cleared */
    ck_assert(gc_is_tracked(saved));
    gc_set_debug(0);
    ck_assert_int_eq(gc_collect(), 0); /* garbage's reference keeps it */
    gc_release_garbage();
    gc_release_garbage(); /* twice is harmless */
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_nothing_alive();
}
END_TEST

/* What `collect` writes on stderr (and on stdout too if `with_stdout`, to
 * the same file, as `prog >out 2>&1` does), read back into `out`. */
static void capture_output(void (*collect)(void), bool with_stdout, char *out, size_t size)
{
    fflush(stdout);
    fflush(stderr);
    FILE *file = tmpfile();
    int saved_err = dup(STDERR_FILENO), saved_out = dup(STDOUT_FILENO);
    dup2(fileno(file), STDERR_FILENO);
    if (with_stdout)
        dup2(fileno(file), STDOUT_FILENO);
    collect();
    fflush(stdout);
    fflush(stderr);
    dup2(saved_err, STDERR_FILENO);
    dup2(saved_out, STDOUT_FILENO);
    close(saved_err);
    close(saved_out);
    rewind(file);
    size_t n = fread(out, 1, size - 1, file);
    out[n] = '\0';
    fclose(file);
}

static void collect_young_cycle_with_stats(void)
{
    make_self_cycle();
    gc_set_debug(GC_DEBUG_STATS | GC_DEBUG_COLLECTABLE);
    gc_collect_generation(0);
    gc_set_debug(0);
}

START_TEST(debug_stats_and_collectable_report_on_stderr)
{
    enum { REPORT_MAX = 1024 };
    char report[REPORT_MAX];
    Object *old = list_new();
    gc_collect();
    capture_output(collect_young_cycle_with_stats, false, report, sizeof report);
    const char *expected_start = "gc: collecting generation 0...\n"
                                 "gc: objects in each generation: 1 0 1\n"
                                 "gc: objects in permanent generation: 0\n"
                                 "gc: collectable <list 0x";
    ck_assert_msg(strncmp(report, expected_start, strlen(expected_start)) == 0,
                  "stderr was:\n%s", report);
    ck_assert_ptr_nonnull(strstr(report, "gc: done, 1 unreachable, 0 uncollectable, "));
    ck_assert_ptr_nonnull(strstr(report, "s elapsed\n"));
    decref(old);
    ck_assert_nothing_alive();
}
END_TEST

/* A program's output, still in stdout's buffer, comes out before the
 * debug lines: the collector flushes stdout first. */
static void print_then_collect_with_stats(void)
{
    printf("printed first, ");
    collect_young_cycle_with_stats();
}

START_TEST(debug_lines_come_after_what_was_printed_before)
{
    enum { REPORT_MAX = 1024 };
    char report[REPORT_MAX];
    gc_collect();
    capture_output(print_then_collect_with_stats, true, report, sizeof report);
    const char *expected_start = "printed first, gc: collecting generation 0...\n";
    ck_assert_msg(strncmp(report, expected_start, strlen(expected_start)) == 0,
                  "the output was:\n%s", report);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(dicts_are_untracked_only_by_full_collections)
{
    /* As CPython 3.11: a dict that no longer holds a container stays
     * tracked through younger collections. */
    Object *d = dict_new();
    Object *key = str_new("a"), *l = list_new(), *one = int_new(1);
    dict_setitem(d, key, l);
    dict_setitem(d, key, one);
    decref(key);
    decref(l);
    decref(one);
    gc_collect_generation(0);
    gc_collect_generation(1);
    ck_assert(gc_is_tracked(d));
    gc_collect();
    ck_assert(!gc_is_tracked(d));
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_generation_that_does_not_exist_is_refused)
{
    ck_assert_int_eq(gc_collect_generation(-1), -1);
    ck_assert_int_eq(gc_collect_generation(NUM_GENERATIONS), -1);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("generations");
    TCase *tc = tcase_create("generations");
    tcase_add_test(tc, a_new_container_starts_young_and_each_collection_ages_it);
    tcase_add_test(tc, a_cycle_that_survived_is_found_only_by_an_older_collection);
    tcase_add_test(tc, collecting_a_generation_collects_the_younger_ones_with_it);
    tcase_add_test(tc, counts_are_kept_as_cpython_3_11_keeps_them);
    tcase_add_test(tc, an_allocation_collects_the_oldest_generation_past_its_threshold);
    tcase_add_test(tc, a_threshold_of_0_turns_automatic_collection_off);
    tcase_add_test(tc, a_negative_threshold_collects_at_every_allocation);
    tcase_add_test(tc, the_long_lived_heuristic_holds_full_collections_back);
    tcase_add_test(tc, an_old_object_keeps_a_young_one_alive_without_a_write_barrier);
    tcase_add_test(tc, a_frozen_object_is_never_collected_until_unfrozen);
    tcase_add_test(tc, get_objects_lists_one_generation_or_all);
    tcase_add_test(tc, stats_count_collections_and_what_they_found);
    tcase_add_test(tc, the_callback_is_told_at_start_and_stop);
    tcase_add_test(tc, debug_saveall_keeps_the_garbage_in_the_garbage_list);
    tcase_add_test(tc, debug_stats_and_collectable_report_on_stderr);
    tcase_add_test(tc, debug_lines_come_after_what_was_printed_before);
    tcase_add_test(tc, dicts_are_untracked_only_by_full_collections);
    tcase_add_test(tc, a_generation_that_does_not_exist_is_refused);
    suite_add_tcase(s, tc);
    return s;
}
