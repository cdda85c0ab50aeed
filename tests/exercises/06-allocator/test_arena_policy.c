/* Graded tests of the chapter 6 exercise arena_policy
 * (exercises/06-allocator/arena_policy.c).
 *
 * Each trial builds a list of arena records of its own (no arena is
 * mapped) with free-pool counts drawn at random (random_inputs.h), lets an
 * arena gain a pool, and compares the list with the one computed here: the
 * old list without the arena, the arena put back after the last arena
 * whose count is at most its old count. */
#include "graded.h"

#include "arena.h"
#include "random_inputs.h"

STUDENT_WRITES bool my_arena_gains_pool(struct arena_object **usable_arenas,
                                        struct arena_object **nfp2lasta,
                                        struct arena_object *ao);

#define ARENAS_MAX 12
#define TRIALS 200

static void arena_policy_is_defined(void)
{
    ck_assert_defined(my_arena_gains_pool);
}

/* Which arena of the trial gains the pool. */
enum choice { A_FULL_ARENA, A_USED_ARENA, ANY_ARENA, AN_ALMOST_EMPTY_ARENA };

struct trial {
    struct arena_object records[ARENAS_MAX];
    size_t n;
    struct arena_object *usable_arenas;
    struct arena_object *nfp2lasta[MAX_POOLS_IN_ARENA + 1];
    struct arena_object *ao;
    /* What the list must be afterwards. */
    struct arena_object *expected[ARENAS_MAX];
    size_t nexpected;
    bool released;
};

static unsigned random_count(const struct arena_object *ao, enum choice choice)
{
    unsigned total = ao->ntotalpools;
    switch (choice) {
    case A_FULL_ARENA: return 0;
    case A_USED_ARENA: return (unsigned)random_between(1, total - 2);
    case AN_ALMOST_EMPTY_ARENA: return total - 1;
    default: return (unsigned)random_between(0, total - 1);
    }
}

/* Records with random counts (some full, some sharing a count: counts are
 * drawn from a few values), the usable ones linked in a sorted order. */
static void build(struct trial *t, enum choice choice)
{
    memset(t, 0, sizeof *t);
    t->n = (size_t)random_between(3, ARENAS_MAX);
    unsigned values[3];
    unsigned total = (unsigned)random_between(MAX_POOLS_IN_ARENA - 1, MAX_POOLS_IN_ARENA);
    for (int v = 0; v < 3; v++)
        values[v] = (unsigned)random_between(0, total - 1);
    size_t chosen = (size_t)random_between(0, (long)t->n - 1);
    for (size_t i = 0; i < t->n; i++) {
        t->records[i].address = 1; /* mapped, as far as the list knows */
        t->records[i].ntotalpools = total;
        t->records[i].nfreepools = values[random_between(0, 2)];
    }
    t->ao = &t->records[chosen];
    t->ao->nfreepools = random_count(t->ao, choice);
    /* Sort the usable ones by count: insertion, ties in random order. */
    struct arena_object *sorted[ARENAS_MAX];
    size_t m = 0;
    for (size_t i = 0; i < t->n; i++) {
        struct arena_object *ao = &t->records[i];
        if (ao->nfreepools == 0)
            continue;
        size_t j = m++;
        while (j > 0 && (sorted[j - 1]->nfreepools > ao->nfreepools ||
                         (sorted[j - 1]->nfreepools == ao->nfreepools && random_between(0, 1)))) {
            sorted[j] = sorted[j - 1];
            j--;
        }
        sorted[j] = ao;
    }
    for (size_t i = 0; i < m; i++) {
        sorted[i]->prevarena = i > 0 ? sorted[i - 1] : NULL;
        sorted[i]->nextarena = i + 1 < m ? sorted[i + 1] : NULL;
        t->nfp2lasta[sorted[i]->nfreepools] = sorted[i];
    }
    t->usable_arenas = m > 0 ? sorted[0] : NULL;
    /* The expected list. */
    unsigned old = t->ao->nfreepools;
    t->released = old + 1 == total && t->ao->nextarena != NULL;
    size_t after = 0; /* how many of the others precede ao */
    for (size_t i = 0; i < m; i++)
        if (sorted[i] != t->ao) {
            t->expected[t->nexpected++] = sorted[i];
            if (sorted[i]->nfreepools <= old)
                after = t->nexpected;
        }
    if (!t->released) {
        memmove(&t->expected[after + 1], &t->expected[after],
                (t->nexpected - after) * sizeof t->expected[0]);
        t->expected[after] = t->ao;
        t->nexpected++;
    }
}

static void check(struct trial *t, unsigned old)
{
    ck_assert_msg(t->ao->nfreepools == old + 1, "the arena had %u free pools "
                  "and gained one, but nfreepools is %u (%s)", old,
                  t->ao->nfreepools, replay());
    struct arena_object *prev = NULL, *ao = t->usable_arenas;
    struct arena_object *last[MAX_POOLS_IN_ARENA + 1] = {0};
    for (size_t i = 0; i < t->nexpected; i++) {
        ck_assert_msg(ao == t->expected[i], "arena %zu of the list is not the "
                      "one expected there (the list must stay sorted, the "
                      "arena right after the last with its old count) (%s)",
                      i, replay());
        ck_assert_msg(ao->prevarena == prev, "arena %zu of the list: its "
                      "prevarena is not the arena before it (%s)", i, replay());
        last[ao->nfreepools] = ao;
        prev = ao;
        ao = ao->nextarena;
    }
    ck_assert_msg(ao == NULL, "the list holds more arenas than expected (%s)", replay());
    for (size_t k = 0; k <= MAX_POOLS_IN_ARENA; k++)
        ck_assert_msg(t->nfp2lasta[k] == last[k], "nfp2lasta[%zu] is not the "
                      "last arena with %zu free pools (%s)", k, k, replay());
}

static void run_trials(enum choice choice)
{
    for (int i = 0; i < TRIALS; i++) {
        struct trial t;
        build(&t, choice);
        unsigned old = t.ao->nfreepools;
        bool released = my_arena_gains_pool(&t.usable_arenas, t.nfp2lasta, t.ao);
        ck_assert_msg(released == t.released, "my_arena_gains_pool returned %s "
                      "for an arena with %u of %u pools free, %s (%s)",
                      released ? "true" : "false", old + 1, t.ao->ntotalpools,
                      t.released ? "not last in the list" : "to keep", replay());
        check(&t, old);
    }
}

START_TEST(a_full_arena_that_gains_a_pool_goes_first)
{
    run_trials(A_FULL_ARENA);
}
END_TEST

START_TEST(an_arena_moves_past_the_arenas_with_its_old_count)
{
    run_trials(A_USED_ARENA);
}
END_TEST

START_TEST(a_wholly_empty_arena_goes_back_unless_it_ends_the_list)
{
    run_trials(AN_ALMOST_EMPTY_ARENA);
}
END_TEST

START_TEST(the_order_and_nfp2lasta_hold_for_any_arena)
{
    run_trials(ANY_ARENA);
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_full_arena_that_gains_a_pool_goes_first, 1},
        {an_arena_moves_past_the_arenas_with_its_old_count, 2},
        {a_wholly_empty_arena_goes_back_unless_it_ends_the_list, 2},
        {the_order_and_nfp2lasta_hold_for_any_arena, 2},
    };
    return graded_suite("arena_policy", graded, GRADED_COUNT(graded),
                        arena_policy_is_defined);
}
