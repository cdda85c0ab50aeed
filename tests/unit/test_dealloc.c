/* Freeing cascades through what an object held, its nesting bounded
 * (chapter 1). */
#include "harness.h"

/* A type that records the order in which objects are released. */
typedef struct Probe {
    Object ob;
    int id;
    Object *held; /* a list, or NULL */
} Probe;

#define ORDER_MAX 16
static int order[ORDER_MAX];
static size_t released;

static void probe_dealloc(Object *self)
{
    Probe *p = (Probe *)self;
    ck_assert_uint_lt(released, ORDER_MAX);
    order[released++] = p->id;
    xdecref(p->held);
}

static Type ProbeType = {
    .name = "probe",
    .basic_size = sizeof(Probe),
    .dealloc = probe_dealloc,
};

static Object *probe_new(int id, Object *held)
{
    Object *op = object_new(&ProbeType, 0);
    ((Probe *)op)->id = id;
    ((Probe *)op)->held = held;
    return op;
}

/* A list that holds `n` probes, each given its id; takes the probes. */
static Object *list_of(size_t n, Object **probes)
{
    Object *l = list_new();
    for (size_t i = 0; i < n; i++) {
        list_append(l, probes[i]);
        decref(probes[i]);
    }
    return l;
}

START_TEST(objects_are_released_depth_first_in_cpythons_order)
{
    /* root = [P1(holds [P3, P4]), P2].  CPython releases a list's items last
     * to first, each completely before the next: P2, P1, P4, P3. */
    Object *inner[] = {probe_new(3, NULL), probe_new(4, NULL)};
    Object *outer[] = {probe_new(1, list_of(2, inner)), probe_new(2, NULL)};
    Object *root = list_of(2, outer);
    released = 0;
    decref(root);
    int expected[] = {2, 1, 4, 3};
    ck_assert_uint_eq(released, 4);
    for (size_t i = 0; i < 4; i++)
        ck_assert_int_eq(order[i], expected[i]);
    ck_assert_nothing_alive();
}
END_TEST

enum { CHAIN_LENGTH = 1000000 };

START_TEST(a_chain_of_a_million_instances_is_freed_without_deep_recursion)
{
    Object *cls = class_new("Node", NULL);
    Object *head = instance_new(cls);
    for (int i = 1; i < CHAIN_LENGTH; i++) {
        Object *node = instance_new(cls);
        instance_setattr(node, "next", head);
        decref(head);
        head = node;
    }
    ck_assert_uint_eq(account_total().live_objects,
                      CHAIN_LENGTH + 3); /* the class, its name, "next" */
    decref(head);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_million_nested_lists_are_freed_without_deep_recursion)
{
    Object *outer = list_new();
    for (int i = 1; i < CHAIN_LENGTH; i++) {
        Object *l = list_new();
        list_append(l, outer);
        decref(outer);
        outer = l;
    }
    decref(outer);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_list_of_a_million_containers_is_freed)
{
    Object *l = list_new();
    for (int i = 0; i < CHAIN_LENGTH; i++) {
        Object *d = dict_new();
        list_append(l, d);
        decref(d);
    }
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(reference_counting_alone_cannot_free_a_cycle)
{
    Object *a = list_new();
    Object *b = list_new();
    list_append(a, b);
    list_append(b, a);
    decref(a);
    decref(b);
    /* Unreachable from the program, yet each is held by the other. */
    ck_assert_uint_eq(account_total().live_objects, 2);
    ck_assert_int_eq(a->refcnt, 1);
    ck_assert_int_eq(b->refcnt, 1);
    /* Break the cycle by hand, as the collector of chapter 2 will. */
    ListType.clear(a);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("dealloc");
    TCase *tc = tcase_create("dealloc");
    /* Long enough for the million-object tests under valgrind. */
    tcase_set_timeout(tc, 600);
//> 2 no_collections_while_building
    /*< 3 no_collections_while_building
    /\* These tests are about freeing.  With a single generation, building a
     * million containers would start a full collection every 700
     * allocations: quadratic work, which chapter 3's generations remove. *\/
    tcase_add_checked_fixture(tc, gc_disable, gc_enable);
    */
//< 2 no_collections_while_building
    tcase_add_test(tc, objects_are_released_depth_first_in_cpythons_order);
    tcase_add_test(tc, a_chain_of_a_million_instances_is_freed_without_deep_recursion);
    tcase_add_test(tc, a_million_nested_lists_are_freed_without_deep_recursion);
    tcase_add_test(tc, a_list_of_a_million_containers_is_freed);
    tcase_add_test(tc, reference_counting_alone_cannot_free_a_cycle);
    suite_add_tcase(s, tc);
    return s;
}
