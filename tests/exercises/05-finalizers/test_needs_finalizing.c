/* Graded tests of the chapter 5 exercise needs_finalizing
 * (exercises/05-finalizers/needs_finalizing.c).
 *
 * Each test asks about views of generators whose answer it knows: a few
 * written out, then views drawn at random (random_inputs.h) checked against
 * the rule as the test states it, so that an answer that knows a few cases
 * earns nothing.  Every test has at least one generator that needs
 * finalizing, so an answer that always says false fails them all. */
#include "graded.h"

#include "random_inputs.h"

STUDENT_WRITES bool my_gen_view_needs_finalizing(const GenView *view);

static void needs_finalizing_is_defined(void)
{
    ck_assert_defined(my_gen_view_needs_finalizing);
}

static const char *const phase_names[] = {"new", "suspended", "running", "finished"};
static const char *const block_names[] = {"NONE", "LOOP", "EXCEPT", "FINALLY", "HANDLER",
                                          "WITH"};
enum { BLOCK_KINDS = BLOCK_WITH + 1, PHASES = GEN_PHASE_FINISHED + 1, MAX_BLOCKS = 8 };

/* "suspended in [LOOP, EXCEPT]", for a failure message. */
static const char *describe(const GenView *view)
{
    static char text[160];
    int n = snprintf(text, sizeof text, "a %s generator in [", phase_names[view->phase]);
    for (size_t i = 0; i < view->nblocks && n > 0 && (size_t)n < sizeof text; i++)
        n += snprintf(text + n, sizeof text - (size_t)n, "%s%s", i ? ", " : "",
                      block_names[view->blocks[i]]);
    if (n > 0 && (size_t)n < sizeof text)
        snprintf(text + n, sizeof text - (size_t)n, "]");
    return text;
}

#define ck_assert_answer(view, expected)                                     \
    ck_assert_msg(my_gen_view_needs_finalizing(view) == (expected),          \
                  "%s: expected %s", describe(view),                         \
                  (expected) ? "true (it needs finalizing)" : "false")

static GenView view_of(GenPhase phase, const LegacyBlock *blocks, size_t n)
{
    return (GenView){.phase = phase, .nblocks = n, .blocks = blocks};
}

START_TEST(a_suspended_generator_in_a_try_or_with_needs_finalizing)
{
    const LegacyBlock exits[] = {BLOCK_EXCEPT, BLOCK_FINALLY, BLOCK_HANDLER, BLOCK_WITH};
    for (size_t i = 0; i < sizeof exits / sizeof *exits; i++) {
        GenView view = view_of(GEN_PHASE_SUSPENDED, &exits[i], 1);
        ck_assert_answer(&view, true);
        view.phase = GEN_PHASE_CREATED;
        ck_assert_answer(&view, true);
    }
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(loops_and_plain_blocks_need_nothing_wherever_the_exit_is)
{
    const LegacyBlock loops[] = {BLOCK_LOOP, BLOCK_NONE, BLOCK_LOOP};
    GenView view = view_of(GEN_PHASE_SUSPENDED, loops, 3);
    ck_assert_answer(&view, false);
    view = view_of(GEN_PHASE_SUSPENDED, NULL, 0);
    ck_assert_answer(&view, false);
    const LegacyBlock outermost[] = {BLOCK_FINALLY, BLOCK_LOOP, BLOCK_LOOP};
    view = view_of(GEN_PHASE_SUSPENDED, outermost, 3);
    ck_assert_answer(&view, true);
    const LegacyBlock innermost[] = {BLOCK_LOOP, BLOCK_NONE, BLOCK_WITH};
    view = view_of(GEN_PHASE_SUSPENDED, innermost, 3);
    ck_assert_answer(&view, true);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(running_and_finished_generators_never_do)
{
    const LegacyBlock blocks[] = {BLOCK_WITH, BLOCK_FINALLY};
    GenView view = view_of(GEN_PHASE_RUNNING, blocks, 2);
    ck_assert_answer(&view, false);
    view.phase = GEN_PHASE_FINISHED;
    ck_assert_answer(&view, false);
    view.phase = GEN_PHASE_SUSPENDED;
    ck_assert_answer(&view, true);
    ck_assert_nothing_alive();
}
END_TEST

/* The rule, as the specification states it. */
static bool expected_answer(const GenView *view)
{
    bool alive = view->phase == GEN_PHASE_CREATED || view->phase == GEN_PHASE_SUSPENDED;
    bool exit_action = false;
    for (size_t i = 0; i < view->nblocks; i++)
        exit_action = exit_action || (view->blocks[i] != BLOCK_NONE &&
                                      view->blocks[i] != BLOCK_LOOP);
    return alive && exit_action;
}

enum { RANDOM_VIEWS = 2000 };

START_TEST(random_views_agree_with_the_rule)
{
    LegacyBlock blocks[MAX_BLOCKS];
    size_t needing = 0;
    for (int round = 0; round < RANDOM_VIEWS; round++) {
        size_t n = (size_t)random_between(0, MAX_BLOCKS);
        for (size_t i = 0; i < n; i++)
            blocks[i] = (LegacyBlock)random_between(0, BLOCK_KINDS - 1);
        GenView view = view_of((GenPhase)random_between(0, PHASES - 1), blocks, n);
        bool expected = expected_answer(&view);
        needing += expected;
        ck_assert_msg(my_gen_view_needs_finalizing(&view) == expected, "%s: expected %s (%s)",
                      describe(&view), expected ? "true" : "false", replay());
    }
    ck_assert_msg(needing > 0, "no drawn generator needed finalizing (%s)", replay());
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_suspended_generator_in_a_try_or_with_needs_finalizing, 3},
        {loops_and_plain_blocks_need_nothing_wherever_the_exit_is, 3},
        {running_and_finished_generators_never_do, 2},
        {random_views_agree_with_the_rule, 2},
    };
    return graded_suite("needs_finalizing", graded, GRADED_COUNT(graded),
                        needs_finalizing_is_defined);
}
