/* Graded tests of the chapter 2 exercise count_by_hand
 * (exercises/02-cycles/count_by_hand.c).
 *
 * Each test builds one heap of the exercise, exactly as described there,
 * runs gc_collect() once, and compares the student's answer with what the
 * collector found.  The found number is also checked against the right
 * answer written here, so that a heap built wrong (or a collector changed
 * by a later chapter) shows as such, and so that an answer left as given
 * earns nothing. */
#include "graded.h"

STUDENT_WRITES extern const long EXPECTED_UNREACHABLE_1;
STUDENT_WRITES extern const long EXPECTED_UNREACHABLE_2;
STUDENT_WRITES extern const long EXPECTED_UNREACHABLE_3;
STUDENT_WRITES extern const long EXPECTED_UNREACHABLE_4;
STUDENT_WRITES extern const long EXPECTED_UNREACHABLE_5;
STUDENT_WRITES extern const long EXPECTED_UNREACHABLE_6;

static void count_by_hand_is_defined(void)
{
    ck_assert_defined(EXPECTED_UNREACHABLE_1);
    ck_assert_defined(EXPECTED_UNREACHABLE_2);
    ck_assert_defined(EXPECTED_UNREACHABLE_3);
    ck_assert_defined(EXPECTED_UNREACHABLE_4);
    ck_assert_defined(EXPECTED_UNREACHABLE_5);
    ck_assert_defined(EXPECTED_UNREACHABLE_6);
}

/* The collector found `truth` objects, as it should; and the answer is
 * what it found.  The message does not tell the number: measure it. */
static void ck_assert_answer(int heap, long answer, long found, long truth)
{
    ck_assert_msg(found == truth, "heap %d: gc_collect() found %ld, not %ld: "
                  "the test does not build the heap as described, or the "
                  "collector has changed", heap, found, truth);
    ck_assert_msg(answer == found, "heap %d: you answered %ld, and that is "
                  "not what gc_collect() returns; measure it "
                  "(make hint EX=count_by_hand)", heap, answer);
}

static void set(Object *dict, const char *key, Object *value)
{
    Object *k = str_new(key);
    dict_setitem(dict, k, value);
    decref(k);
}

START_TEST(heap_1_a_self_loop_and_a_list_that_holds_it)
{
    Object *a = list_new(), *b = list_new();
    list_append(a, a);
    list_append(b, a);
    decref(b);
    decref(a);
    long found = gc_collect();
    ck_assert_answer(1, EXPECTED_UNREACHABLE_1, found, 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(heap_2_two_instances_in_a_cycle_and_their_class_held)
{
    Object *Node = class_new("Node", NULL);
    Object *x = instance_new(Node), *y = instance_new(Node);
    instance_setattr(x, "next", y);
    instance_setattr(y, "next", x);
    decref(x);
    decref(y);
    long found = gc_collect();
    ck_assert_answer(2, EXPECTED_UNREACHABLE_2, found, 2);
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(heap_3_a_self_loop_with_a_str_and_a_dict_of_ints)
{
    Object *l = list_new(), *s = str_new("payload"), *d = dict_new();
    Object *one = int_new(1), *two = int_new(2);
    set(d, "one", one);
    set(d, "two", two);
    list_append(l, l);
    list_append(l, s);
    list_append(l, d);
    decref(l);
    decref(s);
    decref(d);
    decref(one);
    decref(two);
    long found = gc_collect();
    ck_assert_answer(3, EXPECTED_UNREACHABLE_3, found, 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(heap_4_an_instance_list_cycle_held_through_a_dict)
{
    Object *Node = class_new("Node", NULL);
    Object *n = instance_new(Node), *items = list_new(), *d = dict_new();
    instance_setattr(n, "items", items);
    list_append(items, n);
    set(d, "items", items);
    decref(n);
    decref(items);
    long found = gc_collect();
    ck_assert_answer(4, EXPECTED_UNREACHABLE_4, found, 0);
    decref(d);
    ck_assert_int_eq(gc_collect(), 2); /* n and the list, garbage now */
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(heap_5_an_instance_that_holds_itself_and_its_class_dropped)
{
    Object *Node = class_new("Node", NULL);
    Object *me = instance_new(Node);
    instance_setattr(me, "me", me);
    decref(me);
    decref(Node);
    long found = gc_collect();
    ck_assert_answer(5, EXPECTED_UNREACHABLE_5, found, 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(heap_6_a_cycle_of_three_lists_holding_a_dict_of_a_list)
{
    Object *a = list_new(), *b = list_new(), *c = list_new();
    Object *d = dict_new(), *e = list_new();
    list_append(a, b);
    list_append(b, c);
    list_append(c, a);
    set(d, "e", e);
    list_append(b, d);
    decref(a);
    decref(b);
    decref(c);
    decref(d);
    decref(e);
    long found = gc_collect();
    ck_assert_answer(6, EXPECTED_UNREACHABLE_6, found, 5);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {heap_1_a_self_loop_and_a_list_that_holds_it, 2},
        {heap_2_two_instances_in_a_cycle_and_their_class_held, 2},
        {heap_3_a_self_loop_with_a_str_and_a_dict_of_ints, 2},
        {heap_4_an_instance_list_cycle_held_through_a_dict, 2},
        {heap_5_an_instance_that_holds_itself_and_its_class_dropped, 2},
        {heap_6_a_cycle_of_three_lists_holding_a_dict_of_a_list, 2},
    };
    return graded_suite("count_by_hand", graded, GRADED_COUNT(graded),
                        count_by_hand_is_defined);
}
