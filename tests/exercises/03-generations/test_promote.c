/* Graded tests of the chapter 3 exercise promote
 * (exercises/03-generations/promote.c).
 *
 * Most tests place lists in the generations by hand, call my_promote, and
 * walk each generation's list both ways.  One runs whole collections with
 * the library's phases and the student's promotion, in collect_main's
 * order. */
#include "graded.h"

#include "gc_state.h"

STUDENT_WRITES void my_promote(int generation);

static void promote_is_defined(void)
{
    ck_assert_defined(my_promote);
}

/* n new lists, appended in order to generation g. */
static void make_in(int g, Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        objects[i] = list_new();
        gc_list_move(as_gc(objects[i]), GEN_HEAD(g));
    }
}

static void release(Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++)
        decref(objects[i]);
}

static void set_long_lived(long total, long pending)
{
    gc_state.long_lived_total = total;
    gc_state.long_lived_pending = pending;
}

/* Generation g holds exactly `expected`, in this order, linked both ways.
 * The walk stops after count + 1 steps, so a broken list fails rather than
 * loops. */
static void check_generation(int g, Object *const *expected, size_t count)
{
    GCHead *head = GEN_HEAD(g);
    GCHead *prev = head;
    GCHead *node = gc_next(head);
    size_t i = 0;
    for (; node != head && i < count; i++) {
        ck_assert_msg(from_gc(node) == expected[i], "generation %d: object "
                      "%zu is not the one expected there (the survivors go "
                      "after the objects already in the older generation, "
                      "in their order)", g, i);
        ck_assert_msg(gc_prev(node) == prev, "generation %d: the prev of "
                      "object %zu is not the object before it: the list "
                      "must stay doubly linked", g, i);
        prev = node;
        node = gc_next(node);
    }
    ck_assert_msg(i == count, "generation %d holds %zu objects, expected "
                  "%zu", g, i, count);
    ck_assert_msg(node == head || count > 0, "generation %d is not empty: "
                  "expected it empty", g);
    ck_assert_msg(node == head, "generation %d holds more than the %zu "
                  "objects expected", g, count);
    ck_assert_msg(gc_prev(head) == prev, "generation %d: its head's prev is "
                  "not its last object", g);
}

#define ck_assert_long_lived(total, pending)                                 \
    ck_assert_msg(gc_state.long_lived_total == (total) &&                    \
                  gc_state.long_lived_pending == (pending),                  \
                  "long_lived_total %ld and long_lived_pending %ld, "        \
                  "expected %ld and %ld", gc_state.long_lived_total,         \
                  gc_state.long_lived_pending, (long)(total),                \
                  (long)(pending))

START_TEST(promote_0_moves_the_survivors_after_generation_1s_objects)
{
    Object *old[1], *middle[2], *young[3];
    make_in(2, old, 1);
    make_in(1, middle, 2);
    make_in(0, young, 3);
    as_gc(young[0])->prev |= PREV_FINALIZED;
    long counts[NUM_GENERATIONS];
    for (int g = 0; g < NUM_GENERATIONS; g++)
        counts[g] = gc_get_count(g);
    set_long_lived(40, 7);
    my_promote(0);
    Object *expected[] = {middle[0], middle[1], young[0], young[1], young[2]};
    check_generation(0, NULL, 0);
    check_generation(1, expected, 5);
    check_generation(2, old, 1);
    ck_assert_long_lived(40, 7);
    for (int g = 0; g < NUM_GENERATIONS; g++)
        ck_assert_msg(gc_get_count(g) == counts[g], "the count of "
                      "generation %d changed: promotion changes no count", g);
    ck_assert_msg(as_gc(young[0])->prev & PREV_FINALIZED, "an object lost "
                  "its FINALIZED flag: keep the flags in prev as they are "
                  "(gc_set_prev does)");
    as_gc(young[0])->prev &= ~PREV_FINALIZED;
    release(old, 1);
    release(middle, 2);
    release(young, 3);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(promote_1_moves_the_survivors_into_the_oldest)
{
    Object *old[1], *middle[3], *young[1];
    make_in(2, old, 1);
    make_in(1, middle, 3);
    make_in(0, young, 1);
    my_promote(1);
    Object *expected[] = {old[0], middle[0], middle[1], middle[2]};
    check_generation(0, young, 1);
    check_generation(1, NULL, 0);
    check_generation(2, expected, 4);
    release(old, 1);
    release(middle, 3);
    release(young, 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(promote_1_adds_the_survivors_to_long_lived_pending)
{
    Object *first[3], *second[2];
    set_long_lived(40, 7);
    make_in(1, first, 3);
    my_promote(1);
    ck_assert_long_lived(40, 10);
    make_in(1, second, 2);
    my_promote(1);
    ck_assert_long_lived(40, 12);
    my_promote(1); /* no survivors this time */
    ck_assert_long_lived(40, 12);
    release(first, 3);
    release(second, 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_full_collection_keeps_its_survivors_and_resets_the_counters)
{
    Object *old[4], *middle[1], *young[1];
    make_in(2, old, 4);
    make_in(1, middle, 1);
    make_in(0, young, 1);
    set_long_lived(2, 9);
    my_promote(GC_OLDEST);
    check_generation(0, young, 1);
    check_generation(1, middle, 1);
    check_generation(2, old, 4);
    ck_assert_long_lived(4, 0);
    release(old, 4);
    release(middle, 1);
    release(young, 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(empty_generations_are_handled)
{
    Object *objects[2];
    make_in(1, objects, 2);
    set_long_lived(5, 1);
    my_promote(0); /* nothing to move */
    check_generation(0, NULL, 0);
    check_generation(1, objects, 2);
    check_generation(2, NULL, 0);
    my_promote(1); /* into an empty generation */
    check_generation(1, NULL, 0);
    check_generation(2, objects, 2);
    ck_assert_long_lived(5, 3);
    my_promote(1); /* from an empty generation */
    check_generation(1, NULL, 0);
    check_generation(2, objects, 2);
    ck_assert_long_lived(5, 3);
    gc_list_merge(GEN_HEAD(2), GEN_HEAD(0));
    my_promote(GC_OLDEST); /* a full collection that kept nothing */
    check_generation(2, NULL, 0);
    check_generation(0, objects, 2);
    ck_assert_long_lived(0, 0);
    release(objects, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* A collection of `generation`, as collect_main runs it, with the student's
 * promotion; returns how many unreachable objects it found. */
static long collect_with_your_promote(int generation)
{
    gc_state.collecting = true;
    for (int i = 0; i < generation; i++)
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    GCHead *young = GEN_HEAD(generation);
    GCHead *old = generation < GC_OLDEST ? GEN_HEAD(generation + 1) : young;
    GCHead unreachable;
    gc_list_init(&unreachable);
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, &unreachable);
    long found = (long)gc_list_size(&unreachable);
    my_promote(generation);
    delete_garbage(&unreachable, old);
    gc_state.collecting = false;
    return found;
}

/* A list that holds itself, dropped: garbage for the next collection. */
static void make_garbage(void)
{
    Object *garbage = list_new();
    list_append(garbage, garbage);
    decref(garbage);
}

START_TEST(whole_collections_with_your_promotion)
{
    gc_disable(); /* no automatic collection in between */
    Object *a = list_new(), *b = list_new();
    list_append(a, b);
    make_garbage();
    ck_assert_int_eq(collect_with_your_promote(0), 1);
    Object *after_0[] = {a, b};
    check_generation(0, NULL, 0);
    check_generation(1, after_0, 2);

    Object *c = list_new();
    make_garbage();
    ck_assert_int_eq(collect_with_your_promote(1), 1);
    Object *after_1[] = {a, b, c};
    check_generation(1, NULL, 0);
    check_generation(2, after_1, 3);
    ck_assert_long_lived(0, 3);

    Object *d = list_new();
    make_garbage();
    ck_assert_int_eq(collect_with_your_promote(GC_OLDEST), 1);
    Object *after_2[] = {a, b, c, d};
    check_generation(0, NULL, 0);
    check_generation(2, after_2, 4);
    ck_assert_long_lived(4, 0);
    gc_enable();
    decref(b);
    decref(a);
    decref(c);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

enum { MANY = 100000 };

START_TEST(many_survivors_are_moved_and_counted)
{
    static Object *objects[1 + MANY]; /* one already in the oldest */
    make_in(2, objects, 1);
    gc_disable(); /* keep them all in generation 0 while they are made */
    for (size_t i = 1; i <= MANY; i++)
        objects[i] = list_new();
    gc_enable();
    gc_list_merge(GEN_HEAD(0), GEN_HEAD(1));
    my_promote(1);
    ck_assert_long_lived(0, MANY);
    check_generation(1, NULL, 0);
    check_generation(2, objects, 1 + MANY);
    release(objects, 1 + MANY);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {promote_0_moves_the_survivors_after_generation_1s_objects, 2},
        {promote_1_moves_the_survivors_into_the_oldest, 2},
        {promote_1_adds_the_survivors_to_long_lived_pending, 2},
        {a_full_collection_keeps_its_survivors_and_resets_the_counters, 2},
        {empty_generations_are_handled, 2},
        {whole_collections_with_your_promotion, 2},
        {many_survivors_are_moved_and_counted, 1},
    };
    return graded_suite("promote", graded, GRADED_COUNT(graded),
                        promote_is_defined);
}
