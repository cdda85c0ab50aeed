/* Graded tests of the chapter 1 exercise measure
 * (exercises/01-reference-counting/measure.c).
 *
 * The heaps freed and the chains measured are drawn at random
 * (random_inputs.h), and each test counts what it made by itself: an
 * answer that knows the figures of a few fixed heaps earns nothing. */
#include "graded.h"

#include "random_inputs.h"

STUDENT_WRITES size_t freed_by_decref(Object *op);
STUDENT_WRITES size_t bytes_per_node(size_t n, size_t label_length);

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

/* How many items the random list holds at most, and how many atoms an
 * inner list. */
enum { ITEMS_MAX = 24, INNER_ATOMS_MAX = 4 };

/* A random list, and how many objects were alive only through it. */
typedef struct Heap {
    Object *list;
    size_t alive_only_through_it; /* the list included */
    size_t shared_count;
    Object *shared[ITEMS_MAX]; /* items we hold too, once each in the list */
} Heap;

static Object *new_atom(void)
{
    return random_between(0, 1) ? int_new(random_between(-9, 9))
                                : str_new("s");
}

/* Appends one item of a kind drawn at random; returns how many objects
 * it adds that are alive only through the list. */
static size_t append_random_item(Heap *heap)
{
    Object *item;
    size_t added = 1;
    switch (random_between(0, 3)) {
    case 0: /* a new atom */
        item = new_atom();
        break;
    case 1: /* a new list of new atoms */
        item = list_new();
        for (long k = random_between(0, INNER_ATOMS_MAX); k > 0; k--) {
            Object *atom = new_atom();
            list_append(item, atom);
            decref(atom);
            added++;
        }
        break;
    case 2: /* an item we hold too */
        item = new_atom();
        heap->shared[heap->shared_count++] = newref(item);
        added = 0;
        break;
    default: /* a new atom, twice */
        item = new_atom();
        list_append(heap->list, item);
        break;
    }
    list_append(heap->list, item);
    decref(item);
    return added;
}

static void build_random_heap(Heap *heap)
{
    heap->list = list_new();
    heap->alive_only_through_it = 1;
    heap->shared_count = 0;
    for (long i = random_between(0, ITEMS_MAX); i > 0; i--)
        heap->alive_only_through_it += append_random_item(heap);
}

/* Drops a random heap with freed_by_decref, which must count what it
 * frees, then each object it shared with us. */
static void ck_assert_frees_a_random_heap(void)
{
    Heap heap;
    build_random_heap(&heap);
    size_t items = list_size(heap.list);
    size_t freed = freed_by_decref(heap.list);
    ck_assert_msg(freed == heap.alive_only_through_it, "freed_by_decref of "
                  "a list of %zu items, %zu of them also held elsewhere, "
                  "returned %zu: it freed %zu objects (%s)", items,
                  heap.shared_count, freed, heap.alive_only_through_it,
                  replay());
    for (size_t i = 0; i < heap.shared_count; i++) {
        ck_assert_refcnt(heap.shared[i], 1);
        ck_assert_uint_eq(freed_by_decref(heap.shared[i]), 1);
    }
}

/* How many random heaps and chains each test drops: enough that no one
 * fixed figure can be right for all of them. */
enum { DRAWS = 5 };

START_TEST(a_container_frees_what_was_alive_only_through_it)
{
    for (int i = 0; i < DRAWS; i++)
        ck_assert_frees_a_random_heap();
    ck_assert_nothing_alive();
}
END_TEST

enum { NODES = 1000 };

/* Drops a chain of a random length, then its class. */
static void ck_assert_frees_a_random_chain(void)
{
    size_t nodes = (size_t)random_between(2, NODES);
    Object *cls = class_new("Node", NULL);
    Object *head = instance_new(cls);
    for (size_t i = 1; i < nodes; i++) {
        Object *node = instance_new(cls);
        instance_setattr(node, "next", head);
        decref(head);
        head = node;
    }
    size_t freed = freed_by_decref(head);
    ck_assert_msg(freed == nodes, "freed_by_decref of the head of a chain "
                  "of %zu nodes returned %zu (%s)", nodes, freed, replay());
    /* The class, its name and the "next" key it keeps for its instances. */
    ck_assert_uint_eq(freed_by_decref(cls), 3);
}

START_TEST(a_chain_frees_its_nodes_and_then_the_class_three_objects)
{
    for (int i = 0; i < DRAWS; i++)
        ck_assert_frees_a_random_chain();
    ck_assert_nothing_alive();
}
END_TEST

/* The longest label measured. */
enum { LABEL_MAX = 200 };

/* What the account counts for a str of `length` characters. */
static size_t str_size(size_t length)
{
    char chars[LABEL_MAX];
    memset(chars, 'x', length);
    Object *label = str_from_bytes(chars, length);
    size_t size = object_size(label);
    decref(label);
    return size;
}

/* What the account counts for one instance: its Instance struct (and,
 * from chapter 2, the GC head in front of it).  The buffers of its
 * attribute table are malloc'd by table.c, outside the account. */
/* The bytes per node of a chain of n nodes of a fresh class, counted
 * object by object: each an instance with a label and, after the first,
 * "next", and the label.  A class gives a new instance room for the keys
 * it can still share (class_shared_keys_new_instance), so its first
 * instances are the largest, and the figure depends on n. */
static size_t chain_bytes_per_node(size_t n, size_t label_length)
{
    Object *cls = class_new("Sized", NULL);
    Object *kept = list_new();
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++) {
        Object *inst = instance_new(cls);
        instance_setattr(inst, "label", cls);
        if (i > 0)
            instance_setattr(inst, "next", cls);
        bytes += object_size(inst) + str_size(label_length);
        list_append(kept, inst);
        decref(inst);
    }
    decref(kept);
    decref(cls);
    return bytes / n;
}

/* bytes_per_node(n, label_length) is an instance and its label, counted
 * by the test; and the measure freed what it made. */
static void ck_assert_bytes_per_node(size_t n, size_t label_length)
{
    size_t expected = chain_bytes_per_node(n, label_length);
    size_t measured = bytes_per_node(n, label_length);
    ck_assert_msg(measured == expected, "bytes_per_node(%zu, %zu) = %zu, "
                  "expected %zu (%s)", n, label_length, measured, expected,
                  replay());
    ck_assert_nothing_alive();
}

static size_t random_label_length(void)
{
    return (size_t)random_between(0, LABEL_MAX);
}

enum { SHORT_CHAIN_MAX = 9 };

START_TEST(a_node_costs_an_instance_and_its_label)
{
    for (int i = 0; i < DRAWS; i++)
        ck_assert_bytes_per_node((size_t)random_between(1, NODES),
                                 random_label_length());
    ck_assert_nothing_alive();
}
END_TEST

/* Exact for every n: with 2 nodes, a "next" key counted as the nodes'
 * would add 18 bytes to each. */
START_TEST(the_class_its_name_and_its_keys_are_not_counted)
{
    size_t label_length = random_label_length();
    ck_assert_bytes_per_node(1, label_length);
    ck_assert_bytes_per_node(2, label_length);
    ck_assert_bytes_per_node((size_t)random_between(3, SHORT_CHAIN_MAX),
                             label_length);
    ck_assert_nothing_alive();
}
END_TEST

/* How many objects bytes_per_node(n, ...) allocates. */
static size_t allocations_of_a_measure(size_t n, size_t label_length)
{
    size_t before = account_total().allocations;
    bytes_per_node(n, label_length);
    ck_assert_nothing_alive();
    return account_total().allocations - before;
}

START_TEST(the_measure_builds_the_nodes_and_frees_them)
{
    size_t label_length = random_label_length();
    size_t small = allocations_of_a_measure(10, label_length);
    size_t large = allocations_of_a_measure(10 + NODES, label_length);
    ck_assert_msg(large >= small + 2 * NODES,
                  "bytes_per_node(n, ...) must build n nodes and their "
                  "labels: %zu more nodes made %zu more objects",
                  (size_t)NODES, large - small);
    ck_assert_uint_ge(small, 2 * 10);
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
        {a_node_costs_an_instance_and_its_label, 2},
        {the_class_its_name_and_its_keys_are_not_counted, 2},
        {the_measure_builds_the_nodes_and_frees_them, 2},
    };
    return graded_suite("measure", graded, GRADED_COUNT(graded),
                        measure_is_defined);
}
