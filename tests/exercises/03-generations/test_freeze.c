/* Graded tests of the chapter 3 exercise freeze
 * (exercises/03-generations/freeze.c).
 *
 * The tests place lists in the generations and the permanent generation by
 * hand, call the student's functions, and walk each list both ways. */
#include "graded.h"

#include "gc_state.h"

STUDENT_WRITES void my_freeze(void);
STUDENT_WRITES void my_unfreeze(void);
STUDENT_WRITES long my_get_freeze_count(void);

static void freeze_is_defined(void)
{
    ck_assert_defined(my_freeze);
    ck_assert_defined(my_unfreeze);
    ck_assert_defined(my_get_freeze_count);
}

#define PERMANENT (&gc_state.permanent)

/* n new lists, appended in order to `list`. */
static void make_in(GCHead *list, Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        objects[i] = list_new();
        gc_list_move(as_gc(objects[i]), list);
    }
}

static void release(Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++)
        decref(objects[i]);
}

/* `list` (named `name`) holds exactly `expected`, in this order, linked
 * both ways.  The walk stops after count + 1 steps, so a broken list fails
 * rather than loops. */
static void check_list(GCHead *list, const char *name,
                       Object *const *expected, size_t count)
{
    GCHead *prev = list;
    GCHead *node = gc_next(list);
    size_t i = 0;
    for (; node != list && i < count; i++) {
        ck_assert_msg(from_gc(node) == expected[i], "%s: object %zu is not "
                      "the one expected there", name, i);
        ck_assert_msg(gc_prev(node) == prev, "%s: the prev of object %zu is "
                      "not the object before it: the list must stay doubly "
                      "linked", name, i);
        prev = node;
        node = gc_next(node);
    }
    ck_assert_msg(i == count, "%s holds %zu objects, expected %zu", name, i,
                  count);
    ck_assert_msg(node == list || count > 0, "%s is not empty: expected it "
                  "empty", name);
    ck_assert_msg(node == list, "%s holds more than the %zu objects "
                  "expected", name, count);
    ck_assert_msg(gc_prev(list) == prev, "%s: its head's prev is not its "
                  "last object", name);
}

static void check_generations_empty(void)
{
    check_list(GEN_HEAD(0), "generation 0", NULL, 0);
    check_list(GEN_HEAD(1), "generation 1", NULL, 0);
    check_list(GEN_HEAD(2), "generation 2", NULL, 0);
}

static void set_counts(long young, long middle, long old)
{
    gc_state.generations[0].count = young;
    gc_state.generations[1].count = middle;
    gc_state.generations[2].count = old;
}

#define ck_assert_counts(young, middle, old)                                 \
    ck_assert_msg(gc_get_count(0) == (young) && gc_get_count(1) == (middle)  \
                  && gc_get_count(2) == (old), "the counts are (%ld, %ld, "  \
                  "%ld), expected (%ld, %ld, %ld)", gc_get_count(0),         \
                  gc_get_count(1), gc_get_count(2), (long)(young),           \
                  (long)(middle), (long)(old))

#define ck_assert_freeze_count(expected)                                     \
    do {                                                                     \
        long got_ = my_get_freeze_count();                                   \
        ck_assert_msg(got_ == (expected), "my_get_freeze_count() is %ld, "   \
                      "but %ld objects are frozen", got_, (long)(expected)); \
    } while (0)

START_TEST(freeze_moves_every_generation_youngest_first)
{
    Object *frozen[1], *old[2], *middle[2], *young[2];
    make_in(PERMANENT, frozen, 1);
    make_in(GEN_HEAD(2), old, 2);
    make_in(GEN_HEAD(1), middle, 2);
    make_in(GEN_HEAD(0), young, 2);
    my_freeze();
    Object *expected[] = {frozen[0], young[0], young[1], middle[0],
                          middle[1], old[0], old[1]};
    check_list(PERMANENT, "the permanent generation", expected, 7);
    check_generations_empty();
    for (size_t i = 0; i < 7; i++)
        ck_assert_msg(gc_is_tracked(expected[i]), "a frozen object must "
                      "stay tracked");
    gc_list_merge(PERMANENT, GEN_HEAD(0));
    release(frozen, 1);
    release(old, 2);
    release(middle, 2);
    release(young, 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(freeze_sets_every_count_to_0)
{
    Object *young[1];
    make_in(GEN_HEAD(0), young, 1);
    set_counts(5, 3, 2);
    my_freeze();
    ck_assert_counts(0, 0, 0);
    gc_list_merge(PERMANENT, GEN_HEAD(0));
    release(young, 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(unfreeze_moves_them_after_the_oldests_objects)
{
    Object *old[1], *frozen[2], *young[1];
    make_in(GEN_HEAD(2), old, 1);
    make_in(PERMANENT, frozen, 2);
    make_in(GEN_HEAD(0), young, 1);
    set_counts(4, 3, 2);
    my_unfreeze();
    Object *expected[] = {old[0], frozen[0], frozen[1]};
    check_list(GEN_HEAD(2), "generation 2", expected, 3);
    check_list(PERMANENT, "the permanent generation", NULL, 0);
    check_list(GEN_HEAD(0), "generation 0", young, 1);
    ck_assert_counts(4, 3, 2);
    release(old, 1);
    release(frozen, 2);
    release(young, 1);
    ck_assert_nothing_alive();
}
END_TEST

/* A list that holds itself, dropped: garbage. */
static void make_garbage(void)
{
    Object *garbage = list_new();
    list_append(garbage, garbage);
    decref(garbage);
}

START_TEST(frozen_garbage_waits_until_unfrozen)
{
    make_garbage();
    ck_assert_int_eq(gc_collect_generation(0), 1); /* the collector works */
    make_garbage();
    make_garbage();
    Object *held = list_new();
    my_freeze();
    ck_assert_msg(gc_collect() == 0, "a full collection found frozen "
                  "objects: they must be in the permanent generation only");
    ck_assert_uint_eq(account_total().live_objects, 3);
    my_unfreeze();
    ck_assert_msg(gc_collect() == 2, "after my_unfreeze, a full collection "
                  "must find the two frozen lists that hold themselves");
    decref(held);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_freeze_count_is_the_number_of_frozen_objects)
{
    Object *first[3], *second[2];
    ck_assert_freeze_count(0);
    make_in(GEN_HEAD(0), first, 3);
    my_freeze();
    ck_assert_freeze_count(3);
    make_in(GEN_HEAD(1), second, 2);
    my_freeze();
    ck_assert_freeze_count(5);
    my_unfreeze();
    ck_assert_freeze_count(0);
    release(first, 3);
    release(second, 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(nothing_to_freeze_or_unfreeze)
{
    my_freeze();
    check_list(PERMANENT, "the permanent generation", NULL, 0);
    check_generations_empty();
    my_unfreeze();
    check_list(PERMANENT, "the permanent generation", NULL, 0);
    check_generations_empty();
    ck_assert_freeze_count(0);
    Object *l[1];
    make_in(GEN_HEAD(2), l, 1);
    my_unfreeze(); /* nothing frozen: the oldest keeps its own */
    check_list(GEN_HEAD(2), "generation 2", l, 1);
    release(l, 1);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {freeze_moves_every_generation_youngest_first, 2},
        {freeze_sets_every_count_to_0, 1},
        {unfreeze_moves_them_after_the_oldests_objects, 2},
        {frozen_garbage_waits_until_unfrozen, 2},
        {the_freeze_count_is_the_number_of_frozen_objects, 1},
        {nothing_to_freeze_or_unfreeze, 1},
    };
    return graded_suite("freeze", graded, GRADED_COUNT(graded),
                        freeze_is_defined);
}
