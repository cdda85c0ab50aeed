/* Graded tests of the chapter 3 exercise collect_generations
 * (exercises/03-generations/collect_generations.c).
 *
 * Each test sets the counts, thresholds and long-lived counters, runs the
 * student's rule once, and tells which generation it collected from the
 * collections of each generation (gc_get_stats) before and after.  The
 * thresholds and counters are drawn at random (random_inputs.h), so that no
 * answer can know the states in advance; the last test draws whole states
 * and works out the rule's answer itself. */
#include "graded.h"

#include "gc_state.h"
#include "random_inputs.h"

STUDENT_WRITES void my_collect_generations(void);

static void collect_generations_is_defined(void)
{
    ck_assert_defined(my_collect_generations);
}

enum { NOTHING = -1 };

static void set_counts(long young, long middle, long old)
{
    gc_state.generations[0].count = young;
    gc_state.generations[1].count = middle;
    gc_state.generations[2].count = old;
}

static void set_long_lived(long total, long pending)
{
    gc_state.long_lived_total = total;
    gc_state.long_lived_pending = pending;
}

/* The state the rule reads, for a failure's message. */
static const char *state(void)
{
    static char text[256];
    snprintf(text, sizeof text, "counts (%ld, %ld, %ld), thresholds (%ld, "
             "%ld, %ld), long-lived pending %ld of total %ld",
             gc_get_count(0), gc_get_count(1), gc_get_count(2),
             gc_get_threshold(0), gc_get_threshold(1), gc_get_threshold(2),
             gc_state.long_lived_pending, gc_state.long_lived_total);
    return text;
}

static const char *describe(int generation)
{
    static const char *const names[] = {"nothing", "generation 0",
                                        "generation 1", "generation 2"};
    return names[generation + 1];
}

/* Runs my_collect_generations once; the generation it collected, or
 * NOTHING.  More than one collection fails the test here. */
static int run_rule(void)
{
    long before[NUM_GENERATIONS];
    for (int g = 0; g < NUM_GENERATIONS; g++)
        before[g] = gc_get_stats(g).collections;
    my_collect_generations();
    int collected = NOTHING;
    long runs = 0;
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        long ran = gc_get_stats(g).collections - before[g];
        if (ran > 0)
            collected = g;
        runs += ran;
    }
    ck_assert_msg(runs <= 1, "my_collect_generations ran %ld collections: "
                  "at most one", runs);
    return collected;
}

/* With the state as it is now, the rule collects `expected`.  (A macro, so
 * that a failure names the test's line.) */
#define ck_assert_collects(expected, why)                                    \
    do {                                                                     \
        char state_[256];                                                    \
        snprintf(state_, sizeof state_, "%s", state());                      \
        int got_ = run_rule();                                               \
        ck_assert_msg(got_ == (expected), "with %s: collected %s, expected " \
                      "%s (%s; %s)", state_, describe(got_),                 \
                      describe(expected), why, replay());                    \
    } while (0)

#define ck_assert_counts(young, middle, old)                                 \
    ck_assert_msg(gc_get_count(0) == (young) && gc_get_count(1) == (middle)  \
                  && gc_get_count(2) == (old), "the counts are (%ld, %ld, "  \
                  "%ld), expected (%ld, %ld, %ld)", gc_get_count(0),         \
                  gc_get_count(1), gc_get_count(2), (long)(young),           \
                  (long)(middle), (long)(old))

/* The ranges drawn: thresholds as a program might set them (generation
 * 0's never 0, which turns automatic collection off before the rule is
 * asked, and above the few containers a test allocates before it sets the
 * counts), counts within NEAR of a threshold, where the rule's edges are,
 * and long-lived counters on either side of the quarter. */
enum {
    YOUNG_THRESHOLD_MIN = 10,
    YOUNG_THRESHOLD_MAX = 2000,
    OLDER_THRESHOLD_MAX = 20,
    NEAR = 2,
    LONG_LIVED_MAX = 1000,
};

/* Thresholds drawn at random, so that no answer can know in advance the
 * states these tests set up. */
static void draw_thresholds(void)
{
    gc_set_threshold(0, random_between(YOUNG_THRESHOLD_MIN,
                                       YOUNG_THRESHOLD_MAX));
    for (int g = 1; g < NUM_GENERATIONS; g++)
        gc_set_threshold(g, random_between(1, OLDER_THRESHOLD_MAX));
}

/* Generation g's threshold, and the smallest count over it. */
static long at(int g)
{
    return gc_get_threshold(g);
}

static long over(int g)
{
    return gc_get_threshold(g) + 1;
}

/* A count that is not over generation g's threshold. */
static long under(int g)
{
    return random_between(0, gc_get_threshold(g));
}

START_TEST(generation_0_over_its_threshold_is_collected)
{
    Object *held = list_new();
    Object *garbage = list_new();
    list_append(garbage, garbage);
    decref(garbage);
    draw_thresholds();
    long middle = under(1), old = under(2);
    set_counts(over(0), middle, old);
    ck_assert_collects(0, "its count exceeds its threshold");
    ck_assert_counts(0, middle + 1, old);
    ck_assert_int_eq(gc_get_stats(0).collected, 1); /* the garbage */
    ck_assert_uint_eq(gc_list_size(GEN_HEAD(1)), 1); /* held survived */
    decref(held);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_count_equal_to_its_threshold_is_not_over_it)
{
    draw_thresholds();
    set_counts(at(0), at(1), at(2));
    ck_assert_collects(NOTHING, "a count must exceed its threshold");
    ck_assert_counts(at(0), at(1), at(2));
    set_counts(over(0), at(1), at(2));
    ck_assert_collects(0, "only generation 0 is over its threshold");
    ck_assert_counts(0, over(1), at(2));
    ck_assert_collects(1, "generation 1 is over its threshold now");
    ck_assert_counts(0, 0, over(2));
    ck_assert_collects(2, "the oldest is over its threshold, and the "
                          "oldest kept nothing yet: a full collection is due");
    ck_assert_counts(0, 0, 0);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_oldest_generation_over_its_threshold_is_the_one_collected)
{
    draw_thresholds();
    set_counts(over(0), over(1), 0);
    ck_assert_collects(1, "generations 0 and 1 are both over: collecting 1 "
                          "collects 0 too");
    ck_assert_counts(0, 0, 1);
    set_counts(over(0), over(1), over(2));
    ck_assert_collects(2, "all three are over, and a full collection is due");
    ck_assert_counts(0, 0, 0);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(every_generation_qualifies_by_the_same_rule)
{
    draw_thresholds();
    set_counts(under(0), over(1), 0);
    ck_assert_collects(1, "generation 1 is over, whatever generation 0's "
                          "count");
    ck_assert_counts(0, 0, 1);
    set_counts(under(0), under(1), over(2));
    ck_assert_collects(2, "the oldest is over and a full collection is due");
    gc_set_threshold(1, 0);
    set_counts(under(0), 1, under(2));
    ck_assert_collects(1, "a count of 1 exceeds a threshold of 0");
    ck_assert_nothing_alive();
}
END_TEST

/* Long-lived counters drawn at random on one side of the quarter: a total
 * of `quarter` times LONG_LIVED_FRACTION plus a remainder that C's
 * division drops, and a pending count just under the quarter or at it. */
static void draw_long_lived(bool full_collection_due)
{
    long quarter = random_between(1, LONG_LIVED_MAX / LONG_LIVED_FRACTION);
    long remainder = random_between(0, LONG_LIVED_FRACTION - 1);
    long pending = full_collection_due
        ? quarter
        : quarter - random_between(1, quarter);
    set_long_lived(quarter * LONG_LIVED_FRACTION + remainder, pending);
}

START_TEST(the_heuristic_passes_over_the_oldest_and_a_younger_one_runs)
{
    draw_thresholds();
    draw_long_lived(false);
    set_counts(over(0), over(1), over(2));
    ck_assert_collects(1, "the heuristic passes over the oldest: the next "
                          "one over its threshold runs");
    ck_assert_counts(0, 0, over(2) + 1);
    long middle = random_between(0, at(1) - 1); /* not over, even plus 1 */
    set_counts(over(0), middle, over(2) + 1);
    ck_assert_collects(0, "the oldest is passed over, generation 1 is not "
                          "over: generation 0 runs");
    ck_assert_counts(0, middle + 1, over(2) + 1);
    ck_assert_collects(NOTHING, "the oldest is passed over and no other is "
                                "over its threshold");
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_heuristic_lets_a_full_collection_run_from_a_quarter)
{
    draw_thresholds();
    draw_long_lived(true);
    set_counts(under(0), under(1), over(2));
    ck_assert_collects(2, "the objects gained since the last full "
                          "collection are a quarter of those it kept, in "
                          "C's division: full_collection_is_due()");
    ck_assert_nothing_alive();
}
END_TEST

/* A callback that allocates past generation 0's threshold when a
 * collection ends: the next allocation would start a collection. */
enum { ALLOCATED_BY_CALLBACK = GC_DEFAULT_THRESHOLD + 1 };
static Object *allocated[ALLOCATED_BY_CALLBACK];
static bool callback_allocated;

static void allocate_when_done(const char *phase, const GCInfo *info,
                               void *arg)
{
    (void)info;
    (void)arg;
    if (strcmp(phase, "stop") != 0 || callback_allocated)
        return;
    for (size_t i = 0; i < ALLOCATED_BY_CALLBACK; i++)
        allocated[i] = list_new();
    callback_allocated = true;
}

START_TEST(at_most_one_collection_even_if_the_callback_allocates)
{
    draw_thresholds();
    gc_set_threshold(0, GC_DEFAULT_THRESHOLD); /* what the callback passes */
    gc_set_callback(allocate_when_done, NULL);
    set_counts(0, over(1), 0);
    ck_assert_collects(1, "generation 1 is over; what the callback "
                          "allocated waits for the next allocation");
    gc_set_callback(NULL, NULL);
    ck_assert(callback_allocated);
    ck_assert_counts(ALLOCATED_BY_CALLBACK, 0, 1);
    for (size_t i = 0; i < ALLOCATED_BY_CALLBACK; i++)
        decref(allocated[i]);
    ck_assert_nothing_alive();
}
END_TEST

/* The generation the rule collects in the state as it is now, worked out
 * by the test: the oldest over its threshold, the oldest of all only when
 * a full collection is due (the long-lived counters, read directly). */
static int rule_says(void)
{
    bool full_due = gc_state.long_lived_pending >=
                    gc_state.long_lived_total / LONG_LIVED_FRACTION;
    for (int g = GC_OLDEST; g >= 0; g--) {
        bool over = gc_get_count(g) > gc_get_threshold(g);
        if (over && (g < GC_OLDEST || full_due))
            return g;
    }
    return NOTHING;
}

enum { STATES = 300 };

/* A count or counter within NEAR of `edge`, never below 0. */
static long near(long edge)
{
    long drawn = edge + random_between(-NEAR, NEAR);
    return drawn < 0 ? 0 : drawn;
}

static void draw_generation(int generation, long threshold_min,
                            long threshold_max)
{
    long threshold = random_between(threshold_min, threshold_max);
    gc_set_threshold(generation, threshold);
    gc_state.generations[generation].count = near(threshold);
}

static void draw_state(void)
{
    draw_generation(0, 1, YOUNG_THRESHOLD_MAX);
    for (int g = 1; g < NUM_GENERATIONS; g++)
        draw_generation(g, 0, OLDER_THRESHOLD_MAX);
    long total = random_between(0, LONG_LIVED_MAX);
    set_long_lived(total, near(total / LONG_LIVED_FRACTION));
}

START_TEST(every_state_drawn_at_random_gets_the_rule)
{
    for (int i = 0; i < STATES; i++) {
        draw_state();
        int expected = rule_says();
        ck_assert_collects(expected, "the rule");
    }
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {generation_0_over_its_threshold_is_collected, 2},
        {a_count_equal_to_its_threshold_is_not_over_it, 2},
        {the_oldest_generation_over_its_threshold_is_the_one_collected, 2},
        {every_generation_qualifies_by_the_same_rule, 1},
        {the_heuristic_passes_over_the_oldest_and_a_younger_one_runs, 2},
        {the_heuristic_lets_a_full_collection_run_from_a_quarter, 2},
        {at_most_one_collection_even_if_the_callback_allocates, 1},
        {every_state_drawn_at_random_gets_the_rule, 2},
    };
    return graded_suite("collect_generations", graded, GRADED_COUNT(graded),
                        collect_generations_is_defined);
}
