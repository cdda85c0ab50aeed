/* Graded tests of the chapter 7 exercise backref_chain
 * (exercises/07-leaks/backref_chain.c).
 *
 * Heaps of lists that refer to each other at random (random_inputs.h); the
 * expected chain is the runtime's objgraph_find_backref_chain, whose rules
 * the unit tests check (tests/unit/test_objgraph.c). */
#include "graded.h"

#include "random_inputs.h"

STUDENT_WRITES Object *my_find_backref_chain(Object *obj, Object *root, long max_depth);

#define HEAPS 20
#define NODES_MIN 10
#define NODES_MAX 60
#define NO_DEPTH_LIMIT 1000

static void backref_chain_is_defined(void)
{
    ck_assert_defined(my_find_backref_chain);
}

typedef struct Heap {
    size_t count;
    Object *nodes[NODES_MAX];
} Heap;

/* Lists, each holding a few others at random (cycles included). */
static Heap heap_new(void)
{
    Heap h = {(size_t)random_between(NODES_MIN, NODES_MAX), {NULL}};
    for (size_t i = 0; i < h.count; i++)
        h.nodes[i] = list_new();
    for (size_t i = 0; i < h.count; i++) {
        long edges = random_between(0, 3);
        for (long e = 0; e < edges; e++)
            list_append(h.nodes[i], h.nodes[random_between(0, (long)h.count - 1)]);
    }
    return h;
}

static void heap_free(Heap *h)
{
    for (size_t i = 0; i < h->count; i++)
        decref(h->nodes[i]);
    gc_collect();
}

static int is_root(Object *op, void *root)
{
    return op == root;
}

static Object *expected_chain(Object *obj, Object *root, long max_depth)
{
    return objgraph_find_backref_chain(obj, is_root, root, max_depth, (Ignored){NULL, 0});
}

/* The chains are the same objects in the same order; a message otherwise. */
static void assert_same_chain(Object *got, Object *expected, const char *what)
{
    ck_assert_msg(got != NULL, "my_find_backref_chain returned NULL (%s)", replay());
    ck_assert_msg(list_size(got) == list_size(expected),
                  "%s: a chain of %zu objects, expected %zu (%s)", what, list_size(got),
                  list_size(expected), replay());
    for (size_t i = 0; i < list_size(got); i++)
        ck_assert_msg(list_getitem(got, i) == list_getitem(expected, i),
                      "%s: object %zu of the chain is not the expected one (%s)", what, i,
                      replay());
}

/* Search one random heap, from a random object up to its first list; the
 * length of the chain expected. */
static size_t check_heap(long max_depth)
{
    Heap h = heap_new();
    Object *root = h.nodes[0], *obj = h.nodes[random_between(1, (long)h.count - 1)];
    Object *expected = expected_chain(obj, root, max_depth);
    Object *got = my_find_backref_chain(obj, root, max_depth);
    assert_same_chain(got, expected, "a random heap");
    size_t length = list_size(expected);
    decref(got), decref(expected);
    heap_free(&h);
    return length;
}

START_TEST(the_chain_is_a_shortest_one_from_the_root)
{
    size_t found = 0;
    while (found < HEAPS)
        found += check_heap(NO_DEPTH_LIMIT) > 1;
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(of_chains_of_one_length_the_first_referrers_win)
{
    /* root -> a_i -> b_i -> obj for several i: every chain has 4 objects,
     * and the collector's order (made at random here) decides. */
    enum { WAYS = 6 };
    Object *root = list_new(), *obj = list_new(), *a[WAYS], *b[WAYS];
    for (int i = 0; i < WAYS; i++)
        a[i] = list_new(), b[i] = list_new();
    for (int i = 0; i < WAYS; i++) {
        int j = (int)random_between(0, WAYS - 1), k = (int)random_between(0, WAYS - 1);
        list_append(root, a[j]);
        list_append(a[j], b[k]);
        list_append(b[k], obj);
    }
    Object *expected = expected_chain(obj, root, NO_DEPTH_LIMIT);
    Object *got = my_find_backref_chain(obj, root, NO_DEPTH_LIMIT);
    assert_same_chain(got, expected, "six ways of one length");
    decref(got), decref(expected);
    for (int i = 0; i < WAYS; i++)
        decref(a[i]), decref(b[i]);
    decref(root), decref(obj);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(max_depth_bounds_the_search)
{
    for (int i = 0; i < HEAPS; i++) {
        Heap h = heap_new();
        Object *root = h.nodes[0], *obj = h.nodes[random_between(1, (long)h.count - 1)];
        Object *full = expected_chain(obj, root, NO_DEPTH_LIMIT);
        long needed = (long)list_size(full) - 1;
        for (long depth = needed - 1; depth <= needed && needed > 0; depth++) {
            Object *expected = expected_chain(obj, root, depth);
            Object *got = my_find_backref_chain(obj, root, depth);
            assert_same_chain(got, expected, depth < needed ? "one level short" : "just deep "
                                                                                  "enough");
            decref(got), decref(expected);
        }
        decref(full);
        heap_free(&h);
    }
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(no_root_within_reach_gives_the_object_alone)
{
    Object *root = list_new(), *a = list_new(), *b = list_new(), *held = list_new();
    list_append(a, b), list_append(b, a); /* a cycle that nothing else holds */
    list_append(root, held);
    Object *got = my_find_backref_chain(a, root, NO_DEPTH_LIMIT);
    ck_assert_msg(got != NULL && list_size(got) == 1 && list_getitem(got, 0) == a,
                  "a cycle no root holds: expected [obj]");
    decref(got);
    got = my_find_backref_chain(held, root, 0);
    ck_assert_msg(got != NULL && list_size(got) == 1 && list_getitem(got, 0) == held,
                  "max_depth 0: only obj itself may be the root, expected [obj]");
    decref(got);
    got = my_find_backref_chain(held, root, 1);
    ck_assert_msg(got != NULL && list_size(got) == 2 && list_getitem(got, 0) == root,
                  "max_depth 1 reaches the root that holds obj: expected [root, obj]");
    decref(got);
    decref(root), decref(a), decref(b), decref(held);
    gc_collect();
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {the_chain_is_a_shortest_one_from_the_root, 3},
        {of_chains_of_one_length_the_first_referrers_win, 1},
        {max_depth_bounds_the_search, 1},
        {no_root_within_reach_gives_the_object_alone, 1},
    };
    return graded_suite("backref_chain", graded, GRADED_COUNT(graded),
                        backref_chain_is_defined);
}
