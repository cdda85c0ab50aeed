/* Graded tests of the chapter 2 exercise count_by_hand
 * (exercises/02-cycles/count_by_hand.c).
 *
 * Each test builds one heap of the exercise, exactly as described there,
 * runs gc_collect() once, and compares the student's answer with what the
 * collector found.  The found number is also checked against the right
 * answer, so that a heap built wrong (or a collector changed by a later
 * chapter) shows as such, and so that an answer left as given earns
 * nothing.  The right answers are stored as digests, not as numbers: this
 * file travels with the student pack, and numbers here would give the game
 * away.  (Earlier versions showed them, for smaller heaps: the heaps were
 * changed, so that those published answers are wrong now.) */
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

/* An answer's digest: FNV-1a (the runtime's str_hash) of a line that
 * names the heap and the count.  The salt keeps the digests of small
 * numbers from being known by heart. */
#define DIGEST_SALT "collecting cycles, count_by_hand"

/* Room for ", heap N: " and any long, after the salt. */
enum { DIGEST_LINE_NUMBERS = 48 };

static uint64_t digest(int heap, long count)
{
    char line[sizeof DIGEST_SALT + DIGEST_LINE_NUMBERS];
    snprintf(line, sizeof line, "%s, heap %d: %ld", DIGEST_SALT, heap,
             count);
    Object *text = str_new(line);
    uint64_t hash = str_hash(text);
    decref(text);
    return hash;
}

/* The digests of the right answers, heap 1 first. */
static const uint64_t RIGHT_ANSWER[] = {
    0xe9c932569dde3ec8u, 0x2918856eb446b218u, 0xdcba0265fcaa4faau,
    0x1c09567e1312c4adu, 0xdf1c7377a835b4cfu, 0x1e6bc28fbe9e2153u,
};

/* The collector found the right count; and the answer is what it found.
 * The messages do not tell the number: measure it. */
static void ck_assert_answer(int heap, long answer, long found)
{
    ck_assert_msg(digest(heap, found) == RIGHT_ANSWER[heap - 1], "heap %d: "
                  "gc_collect() found %ld, which is not the right count: "
                  "the test does not build the heap as described, or the "
                  "collector has changed", heap, found);
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

/* A new list that holds itself. */
static Object *self_loop(void)
{
    Object *l = list_new();
    list_append(l, l);
    return l;
}

START_TEST(heap_1_self_loops_and_a_list_that_holds_them)
{
    Object *a = self_loop(), *c = self_loop(), *b = list_new();
    list_append(b, a);
    list_append(b, c);
    decref(b);
    decref(a);
    decref(c);
    ck_assert_answer(1, EXPECTED_UNREACHABLE_1, gc_collect());
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(heap_2_a_ring_of_instances_and_their_class_held)
{
    Object *Node = class_new("Node", NULL);
    Object *x = instance_new(Node), *y = instance_new(Node);
    Object *z = instance_new(Node);
    instance_setattr(x, "next", y);
    instance_setattr(y, "next", z);
    instance_setattr(z, "next", x);
    decref(x);
    decref(y);
    decref(z);
    ck_assert_answer(2, EXPECTED_UNREACHABLE_2, gc_collect());
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(heap_3_a_cycle_of_lists_with_a_str_and_a_dict_of_ints)
{
    Object *l = list_new(), *m = list_new();
    Object *s = str_new("payload"), *d = dict_new();
    Object *one = int_new(1), *two = int_new(2);
    set(d, "one", one);
    set(d, "two", two);
    list_append(l, m);
    list_append(m, l);
    list_append(l, s);
    list_append(l, d);
    decref(l);
    decref(m);
    decref(s);
    decref(d);
    decref(one);
    decref(two);
    ck_assert_answer(3, EXPECTED_UNREACHABLE_3, gc_collect());
    ck_assert_nothing_alive();
}
END_TEST

/* A new instance of cls, in *instance, whose attribute "items" is a list
 * that holds it; returns the list (a new reference too). */
static Object *instance_in_its_list(Object *cls, Object **instance)
{
    Object *items = list_new();
    *instance = instance_new(cls);
    instance_setattr(*instance, "items", items);
    list_append(items, *instance);
    return items;
}

START_TEST(heap_4_an_instance_list_cycle_with_and_without_a_dict)
{
    Object *Node = class_new("Node", NULL), *d = dict_new();
    Object *n, *o;
    Object *items = instance_in_its_list(Node, &n);
    Object *other_items = instance_in_its_list(Node, &o);
    set(d, "items", items);
    decref(n);
    decref(items);
    decref(o);
    decref(other_items);
    ck_assert_answer(4, EXPECTED_UNREACHABLE_4, gc_collect());
    decref(d);
    gc_collect(); /* n and its list, garbage now */
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

/* A new instance of cls that holds itself in its attribute "me". */
static Object *holds_itself(Object *cls)
{
    Object *me = instance_new(cls);
    instance_setattr(me, "me", me);
    return me;
}

START_TEST(heap_5_instances_that_hold_themselves_and_their_class_dropped)
{
    Object *Node = class_new("Node", NULL);
    Object *first = holds_itself(Node), *second = holds_itself(Node);
    decref(first);
    decref(second);
    decref(Node);
    ck_assert_answer(5, EXPECTED_UNREACHABLE_5, gc_collect());
    ck_assert_nothing_alive();
}
END_TEST

enum { RING = 4 };

START_TEST(heap_6_a_cycle_of_four_lists_holding_a_dict_of_a_list)
{
    Object *ring[RING];
    for (int i = 0; i < RING; i++)
        ring[i] = list_new();
    for (int i = 0; i < RING; i++)
        list_append(ring[i], ring[(i + 1) % RING]);
    Object *d = dict_new(), *e = list_new();
    set(d, "e", e);
    list_append(ring[1], d); /* b */
    for (int i = 0; i < RING; i++)
        decref(ring[i]);
    decref(d);
    decref(e);
    ck_assert_answer(6, EXPECTED_UNREACHABLE_6, gc_collect());
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {heap_1_self_loops_and_a_list_that_holds_them, 2},
        {heap_2_a_ring_of_instances_and_their_class_held, 2},
        {heap_3_a_cycle_of_lists_with_a_str_and_a_dict_of_ints, 2},
        {heap_4_an_instance_list_cycle_with_and_without_a_dict, 2},
        {heap_5_instances_that_hold_themselves_and_their_class_dropped, 2},
        {heap_6_a_cycle_of_four_lists_holding_a_dict_of_a_list, 2},
    };
    return graded_suite("count_by_hand", graded, GRADED_COUNT(graded),
                        count_by_hand_is_defined);
}
