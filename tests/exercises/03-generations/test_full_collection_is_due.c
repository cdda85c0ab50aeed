/* Graded tests of the chapter 3 exercise full_collection_is_due
 * (exercises/03-generations/full_collection_is_due.c).
 *
 * The first tests set the two long-lived counters to values drawn at random
 * (random_inputs.h), on either side of the quarter and at its very edge,
 * and ask.  The last two simulate a program that builds a large structure
 * and keeps it, with the student's rule deciding each full collection, and
 * measure how many full collections it allows and how many objects they
 * walk. */
#include <limits.h>

#include "graded.h"

#include "gc_state.h"
#include "random_inputs.h"

STUDENT_WRITES bool my_full_collection_is_due(void);

static void full_collection_is_due_is_defined(void)
{
    ck_assert_defined(my_full_collection_is_due);
}

/* Asks the student's rule with these counters; fails if it changed them. */
static bool due(long total, long pending)
{
    gc_state.long_lived_total = total;
    gc_state.long_lived_pending = pending;
    bool answer = my_full_collection_is_due();
    ck_assert_msg(gc_state.long_lived_total == total &&
                  gc_state.long_lived_pending == pending,
                  "my_full_collection_is_due changed the counters: read "
                  "them, change nothing");
    return answer;
}

#define ck_assert_due(total, pending, expected, why)                         \
    ck_assert_msg(due(total, pending) == (expected), "with long_lived_total " \
                  "%ld and long_lived_pending %ld it must answer %s (%s; "   \
                  "%s)", (long)(total), (long)(pending),                     \
                  (expected) ? "true" : "false", why, replay())

/* How many cases each test draws, and the largest quarter drawn: totals
 * up to four times it, as large as a long allows. */
enum { DRAWS = 1000 };
#define QUARTER_MAX (LONG_MAX / LONG_LIVED_FRACTION)

START_TEST(due_when_the_oldest_kept_nothing)
{
    ck_assert_due(0, 0, true, "0 >= 0 / 4: before the first full "
                              "collection, one is always due");
    for (int i = 0; i < DRAWS; i++)
        ck_assert_due(0, random_between(0, LONG_MAX), true,
                      "anything is at least 0 / 4");
    ck_assert_nothing_alive();
}
END_TEST

/* A total that is `quarter` times LONG_LIVED_FRACTION plus `remainder`:
 * its quarter, in C's division, is `quarter`, and exactly that many
 * pending objects are enough, one fewer is not. */
static void ck_assert_due_from(long quarter, long remainder, const char *why)
{
    long total = quarter * LONG_LIVED_FRACTION + remainder;
    ck_assert_due(total, quarter, true, why);
    ck_assert_due(total, quarter - 1, false, "one fewer than the quarter");
    ck_assert_due(total, random_between(quarter, LONG_MAX), true,
                  "more than the quarter");
    ck_assert_due(total, random_between(0, quarter - 1), false,
                  "less than the quarter");
}

START_TEST(due_from_exactly_a_quarter)
{
    ck_assert_due_from(1, 0, "exactly a quarter is enough");
    for (int i = 0; i < DRAWS; i++)
        ck_assert_due_from(random_between(1, QUARTER_MAX), 0,
                           "exactly a quarter is enough");
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_quarter_is_rounded_down_as_in_cpython)
{
    ck_assert_due(LONG_LIVED_FRACTION - 1, 0, true, "3 / 4 is 0 in C");
    for (int i = 0; i < DRAWS; i++)
        ck_assert_due_from(random_between(1, QUARTER_MAX),
                           random_between(1, LONG_LIVED_FRACTION - 1),
                           "C's division rounds the quarter down");
    ck_assert_nothing_alive();
}
END_TEST

/* A program that makes `objects` containers and keeps every one, simulated:
 * generation 0's count passes its threshold every BATCH allocations, and
 * each time the rule of collect_generations picks a generation, with the
 * default thresholds, the counts as CPython 3.11 keeps them, and the
 * student's heuristic asked before each full collection.  Nothing is
 * allocated: the simulation keeps the counts and the generations' sizes. */
enum { BATCH = GC_DEFAULT_THRESHOLD + 1 };

typedef struct Simulation {
    long count[NUM_GENERATIONS];
    long size[NUM_GENERATIONS];    /* objects in each generation */
    long total, pending;           /* the long-lived counters */
    long full_collections;
    long full_work;                /* objects walked by full collections */
} Simulation;

static const long THRESHOLDS[NUM_GENERATIONS] = {
    GC_DEFAULT_THRESHOLD, GC_DEFAULT_OLDER_THRESHOLD,
    GC_DEFAULT_OLDER_THRESHOLD};

static int choose(Simulation *s)
{
    for (int g = GC_OLDEST; g > 0; g--) {
        if (s->count[g] <= THRESHOLDS[g])
            continue;
        if (g == GC_OLDEST && !due(s->total, s->pending))
            continue;
        return g;
    }
    return 0; /* its count is BATCH, over its threshold */
}

/* What collect_main does to the counts, sizes and counters: everything
 * survives. */
static void collect(Simulation *s, int generation)
{
    if (generation < GC_OLDEST)
        s->count[generation + 1]++;
    long survivors = 0;
    for (int g = 0; g <= generation; g++) {
        s->count[g] = 0;
        survivors += s->size[g];
        s->size[g] = 0;
    }
    if (generation == GC_OLDEST) {
        s->full_collections++;
        s->full_work += survivors;
        s->total = survivors;
        s->pending = 0;
        s->size[GC_OLDEST] = survivors;
        return;
    }
    if (generation == GC_OLDEST - 1)
        s->pending += survivors;
    s->size[generation + 1] += survivors;
}

static Simulation build(long objects)
{
    Simulation s = {{0}, {0}, 0, 0, 0, 0};
    for (long made = BATCH; made <= objects; made += BATCH) {
        s.count[0] = BATCH;
        s.size[0] += BATCH;
        collect(&s, choose(&s));
    }
    gc_state.long_lived_total = 0;
    gc_state.long_lived_pending = 0;
    return s;
}

enum { SIZES = 3 };
static const long BUILT[SIZES] = {1000000, 10000000, 100000000};

/* Each full collection finds the oldest generation at least a quarter
 * larger than the last one did: ten times as many objects allow
 * log(10) / log(1.25), about 10.3, more full collections.  And it runs at
 * the first chance once the quarter is reached, so the oldest is not much
 * more than a quarter larger: CPython's rule adds 10, a rule that holds
 * full collections back for good adds none. */
enum { MORE_FULL_COLLECTIONS_MIN = 8, MORE_FULL_COLLECTIONS_MAX = 12 };

START_TEST(full_collections_grow_like_log_n)
{
    long full[SIZES];
    for (int i = 0; i < SIZES; i++) {
        full[i] = build(BUILT[i]).full_collections;
        ck_assert_msg(full[i] > 0, "building %ld objects ran no full "
                      "collection: the first one is due when the oldest "
                      "generation kept nothing yet", BUILT[i]);
    }
    for (int i = 1; i < SIZES; i++) {
        long more = full[i] - full[i - 1];
        ck_assert_msg(more >= MORE_FULL_COLLECTIONS_MIN &&
                      more <= MORE_FULL_COLLECTIONS_MAX,
                      "building %ld objects ran %ld full collections, and "
                      "%ld objects %ld: ten times the objects must add "
                      "from %d to %d (they grow like log N: not like N, "
                      "and not at all is too few)",
                      BUILT[i - 1], full[i - 1], BUILT[i], full[i],
                      MORE_FULL_COLLECTIONS_MIN, MORE_FULL_COLLECTIONS_MAX);
    }
    ck_assert_nothing_alive();
}
END_TEST

/* Their sizes grow by a quarter at least each time: they add up to at most
 * 1 + 1/1.25 + 1/1.25^2 + ... = 5 times the final size. */
enum { FULL_WORK_PER_OBJECT_MAX = 5 };

/* The objects made between two chances of a full collection: generation
 * 2's count passes its threshold once per so many collections of 1, each
 * once per so many of 0. */
#define BETWEEN_CHANCES                                                      \
    ((long)BATCH * (GC_DEFAULT_OLDER_THRESHOLD + 1) *                        \
     (GC_DEFAULT_OLDER_THRESHOLD + 1))

START_TEST(the_work_of_full_collections_stays_linear)
{
    for (int i = 0; i < SIZES; i++) {
        Simulation s = build(BUILT[i]);
        ck_assert_msg(s.full_work <= FULL_WORK_PER_OBJECT_MAX * BUILT[i],
                      "building %ld objects: its %ld full collections "
                      "walked %ld objects in all, %.1f per object built; "
                      "at most %d (a cost in proportion to N, not N "
                      "squared)", BUILT[i], s.full_collections, s.full_work,
                      (double)s.full_work / (double)BUILT[i],
                      FULL_WORK_PER_OBJECT_MAX);
        ck_assert_msg(s.full_collections > 0, "building %ld objects ran no "
                      "full collection: the first one is due when the "
                      "oldest generation kept nothing yet", BUILT[i]);
        ck_assert_msg(s.pending <= s.total / LONG_LIVED_FRACTION +
                      BETWEEN_CHANCES, "building %ld objects: at the end "
                      "%ld objects had joined the oldest generation since "
                      "the full collection that kept %ld, more than a "
                      "quarter of it and the %ld made between two chances: "
                      "a full collection is due from a quarter", BUILT[i],
                      s.pending, s.total, BETWEEN_CHANCES);
    }
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {due_when_the_oldest_kept_nothing, 1},
        {due_from_exactly_a_quarter, 2},
        {the_quarter_is_rounded_down_as_in_cpython, 2},
        {full_collections_grow_like_log_n, 2},
        {the_work_of_full_collections_stays_linear, 2},
    };
    return graded_suite("full_collection_is_due", graded,
                        GRADED_COUNT(graded),
                        full_collection_is_due_is_defined);
}
