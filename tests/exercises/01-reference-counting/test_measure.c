/* Graded tests of the chapter 1 exercise measure
 * (exercises/01-reference-counting/measure.c). */
#include "graded.h"

STUDENT_WRITES size_t freed_by_decref(Object *op);
STUDENT_WRITES size_t bytes_per_node(size_t n);

static void measure_is_defined(void)
{
    ck_assert_defined(freed_by_decref);
    ck_assert_defined(bytes_per_node);
}

START_TEST(the_last_reference_to_an_atom_frees_one_object)
{
    Object *n = int_new(1);
    ck_assert_uint_eq(freed_by_decref(n), 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_reference_that_is_not_the_last_frees_nothing)
{
    Object *l = list_new(), *n = int_new(1);
    list_append(l, n);
    ck_assert_uint_eq(freed_by_decref(n), 0);
    ck_assert_msg(n->refcnt == 1, "freed_by_decref must drop one reference: "
                                  "count %ld, expected 1", (long)n->refcnt);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_container_frees_what_was_alive_only_through_it)
{
    /* l = [1, "s", [2], shared], where we also hold `shared`. */
    Object *l = list_new(), *inner = list_new(), *shared = int_new(3);
    Object *atoms[] = {int_new(1), str_new("s"), int_new(2)};
    list_append(l, atoms[0]);
    list_append(l, atoms[1]);
    list_append(inner, atoms[2]);
    list_append(l, inner);
    list_append(l, shared);
    for (size_t i = 0; i < 3; i++)
        decref(atoms[i]);
    decref(inner);
    ck_assert_uint_eq(freed_by_decref(l), 5);
    ck_assert_refcnt(shared, 1);
    ck_assert_uint_eq(freed_by_decref(shared), 1);
    ck_assert_nothing_alive();
}
END_TEST

enum { NODES = 1000 };

START_TEST(a_chain_frees_its_nodes_and_then_the_class_three_objects)
{
    Object *cls = class_new("Node", NULL);
    Object *head = instance_new(cls);
    for (int i = 1; i < NODES; i++) {
        Object *node = instance_new(cls);
        instance_setattr(node, "next", head);
        decref(head);
        head = node;
    }
    ck_assert_uint_eq(freed_by_decref(head), NODES);
    /* The class, its name and the "next" key it keeps for its instances. */
    ck_assert_uint_eq(freed_by_decref(cls), 3);
    ck_assert_nothing_alive();
}
END_TEST

/* bytes_per_node(n) is `expected`, and the measure freed what it made. */
static void ck_assert_bytes_per_node(size_t n, size_t expected)
{
    size_t measured = bytes_per_node(n);
    ck_assert_msg(measured == expected,
                  "bytes_per_node(%zu) = %zu, expected %zu", n, measured,
                  expected);
    ck_assert_nothing_alive();
}

/* What the account counts for one instance: its Instance struct (and, from
 * chapter 2, the GC head in front of it).  The buffers of its attribute
 * table are malloc'd by table.c, outside the account. */
static size_t instance_size(void)
{
    Object *cls = class_new("Sized", NULL);
    Object *inst = instance_new(cls);
    size_t size = object_size(inst);
    decref(inst);
    decref(cls);
    return size;
}

START_TEST(a_node_costs_the_size_of_an_instance)
{
    ck_assert_bytes_per_node(NODES, instance_size());
    ck_assert_nothing_alive();
}
END_TEST

/* Exact for every n: with 2 nodes, a "next" key counted as the nodes' would
 * add 18 bytes to each. */
START_TEST(the_class_its_name_and_the_next_key_are_not_counted)
{
    ck_assert_bytes_per_node(1, instance_size());
    ck_assert_bytes_per_node(2, instance_size());
    ck_assert_bytes_per_node(7, instance_size());
    ck_assert_nothing_alive();
}
END_TEST

/* How many objects bytes_per_node(n) allocates. */
static size_t allocations_of_a_measure(size_t n)
{
    size_t before = account_total().allocations;
    bytes_per_node(n);
    ck_assert_nothing_alive();
    return account_total().allocations - before;
}

START_TEST(the_measure_builds_the_nodes_and_frees_them)
{
    size_t small = allocations_of_a_measure(10);
    size_t large = allocations_of_a_measure(10 + NODES);
    ck_assert_msg(large >= small + NODES,
                  "bytes_per_node(n) must build n nodes: %zu more nodes "
                  "made %zu more objects", (size_t)NODES, large - small);
    ck_assert_uint_ge(small, 10);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {the_last_reference_to_an_atom_frees_one_object, 1},
        {a_reference_that_is_not_the_last_frees_nothing, 1},
        {a_container_frees_what_was_alive_only_through_it, 2},
        {a_chain_frees_its_nodes_and_then_the_class_three_objects, 2},
        {a_node_costs_the_size_of_an_instance, 2},
        {the_class_its_name_and_the_next_key_are_not_counted, 2},
        {the_measure_builds_the_nodes_and_frees_them, 2},
    };
    return graded_suite("measure", graded, GRADED_COUNT(graded),
                        measure_is_defined);
}
