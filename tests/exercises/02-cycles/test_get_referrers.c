/* Graded tests of the chapter 2 exercise get_referrers
 * (exercises/02-cycles/get_referrers.c). */
#include "graded.h"

#include "gc_state.h"

STUDENT_WRITES Object *my_get_referrers(Object *op);

static void get_referrers_is_defined(void)
{
    ck_assert_defined(my_get_referrers);
}

/* my_get_referrers, failing clearly rather than crashing on a NULL. */
static Object *referrers_of(Object *op)
{
    Object *result = my_get_referrers(op);
    if (result == NULL)
        ck_abort_msg("my_get_referrers returned NULL: it must return a new "
                     "list, empty if nothing refers to the object");
    if (result->type != &ListType)
        ck_abort_msg("my_get_referrers must return a list, not a %s",
                     type_name(result));
    for (size_t i = 0; i < list_size(result); i++)
        if (list_getitem(result, i) == result)
            ck_abort_msg("the result list is in its own result: skip it "
                         "when the walk reaches it");
    if (result->refcnt != 1)
        ck_abort_msg("the result must be a new reference that only the "
                     "caller holds: its count is %ld, expected 1",
                     (long)result->refcnt);
    return result;
}

/* The list holds exactly `expected`, in this order. */
static void ck_assert_items(Object *list, Object **expected, size_t count)
{
    size_t size = list_size(list);
    for (size_t i = 0; i < size && i < count; i++)
        ck_assert_msg(list_getitem(list, i) == expected[i],
                      "item %zu of the result is a %s, not the expected %s "
                      "(the order is the collector's: generation 0, 1, then 2)", i,
                      type_name(list_getitem(list, i)),
                      type_name(expected[i]));
    ck_assert_msg(size == count, "the result has %zu items, expected %zu",
                  size, count);
}

static void set(Object *dict, const char *key, Object *value)
{
    Object *k = str_new(key);
    dict_setitem(dict, k, value);
    decref(k);
}

START_TEST(the_containers_that_hold_it_are_found)
{
    Object *Node = class_new("Node", NULL);
    Object *node = instance_new(Node);
    Object *target = list_new();
    Object *holder = list_new();
    Object *bystander = list_new();
    instance_setattr(node, "next", target);
    list_append(holder, target);
    list_append(bystander, holder);
    Object *result = referrers_of(target);
    Object *expected[] = {node, holder};
    ck_assert_items(result, expected, 2);
    ck_assert_refcnt(node, 2); /* ours and the result's */
    ck_assert_refcnt(holder, 3);
    ck_assert_refcnt(target, 3); /* unchanged */
    decref(result);
    decref(node);
    decref(Node);
    decref(target);
    decref(holder);
    decref(bystander);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_referrer_that_holds_it_twice_is_listed_once)
{
    Object *target = list_new();
    Object *holder = list_new();
    Object *d = dict_new();
    list_append(holder, target);
    list_append(holder, target);
    set(d, "a", target);
    set(d, "b", target);
    set(d, "c", target);
    Object *result = referrers_of(target);
    Object *expected[] = {holder, d};
    ck_assert_items(result, expected, 2);
    decref(result);
    decref(target);
    decref(holder);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_order_is_that_of_the_tracked_list)
{
    Object *d = dict_new(); /* made first, but not tracked yet */
    Object *target = list_new();
    Object *a = list_new(), *b = list_new();
    list_append(a, target);
    set(d, "k", target); /* d is tracked now: after a */
    list_append(b, target);
    ck_assert(gc_is_tracked(d));
    Object *result = referrers_of(target);
    Object *expected[] = {a, b, d};
    ck_assert_items(result, expected, 3);
    decref(result);
    decref(target);
    decref(a);
    decref(b);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(an_untracked_object_is_never_a_referrer)
{
    Object *n = int_new(7);
    Object *ints = dict_new(); /* holds only an int: untracked */
    Object *held = list_new();
    Object *untracked = list_new();
    set(ints, "n", n);
    list_append(held, n);
    list_append(untracked, n);
    gc_untrack(untracked);
    ck_assert(!gc_is_tracked(ints));
    Object *result = referrers_of(n);
    Object *expected[] = {held};
    ck_assert_items(result, expected, 1);
    decref(result);
    decref(n);
    decref(ints);
    decref(held);
    decref(untracked);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_result_is_never_its_own_referrer)
{
    Object *l = list_new();
    list_append(l, l);
    Object *first = referrers_of(l);
    Object *alone[] = {l};
    ck_assert_items(first, alone, 1);
    ck_assert_refcnt(l, 3); /* ours, its own, the result's */
    /* The first result is alive and tracked: now it is a referrer. */
    Object *second = referrers_of(l);
    Object *both[] = {l, first};
    ck_assert_items(second, both, 2);
    decref(second);
    decref(first);
    ListType.clear(l);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(nothing_refers_to_it_an_empty_list)
{
    Object *lone = list_new();
    Object *n = int_new(1);
    Object *other = list_new();
    list_append(other, n);
    Object *result = referrers_of(lone);
    ck_assert_items(result, NULL, 0);
    decref(result);
    Object *none = str_new("nobody holds me");
    result = referrers_of(none);
    ck_assert_items(result, NULL, 0);
    decref(result);
    decref(none);
    decref(lone);
    decref(other);
    decref(n);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_class_is_referred_to_by_its_instances)
{
    Object *Node = class_new("Node", NULL);
    Object *instances[3];
    for (int i = 0; i < 3; i++)
        instances[i] = instance_new(Node);
    Object *classes = list_new();
    list_append(classes, Node);
    Object *result = referrers_of(Node);
    Object *expected[] = {instances[0], instances[1], instances[2], classes};
    ck_assert_items(result, expected, 4);
    decref(result);
    for (int i = 0; i < 3; i++)
        decref(instances[i]);
    decref(classes);
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

enum { MANY = 2000 };

START_TEST(many_referrers_are_all_found_in_order)
{
    static Object *holders[MANY], *bystanders[MANY];
    Object *target = int_new(0), *other = int_new(1);
    gc_disable(); /* no collection moves some of them to an older generation */
    for (size_t i = 0; i < MANY; i++) {
        bystanders[i] = list_new();
        list_append(bystanders[i], other);
        holders[i] = list_new();
        list_append(holders[i], other);
        list_append(holders[i], target);
    }
    gc_enable();
    Object *result = referrers_of(target);
    ck_assert_items(result, holders, MANY);
    decref(result);
    for (size_t i = 0; i < MANY; i++) {
        decref(holders[i]);
        decref(bystanders[i]);
    }
    decref(target);
    decref(other);
    ck_assert_nothing_alive();
}
END_TEST

/* The references of a small heap of every kind of container: lists, a
 * tracked dict, instances and their class. */
START_TEST(it_agrees_with_gc_get_referrers_on_a_mixed_heap)
{
    Object *Node = class_new("Node", NULL);
    Object *a = instance_new(Node), *b = instance_new(Node);
    Object *l = list_new(), *d = dict_new(), *s = str_new("s");
    instance_setattr(a, "next", b);
    instance_setattr(b, "next", a);
    instance_setattr(b, "items", l);
    instance_setattr(a, "label", s);
    list_append(l, a);
    list_append(l, s);
    list_append(l, l);
    set(d, "l", l);
    set(d, "a", a);
    set(d, "s", s);
    Object *all[] = {Node, a, b, l, d, s};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
        /* The library's answer, copied out and freed first: alive, it would
         * be one more referrer of an object that refers to itself. */
        Object *answer = gc_get_referrers(all[i]);
        Object *expected[REFERENTS_MAX];
        size_t count = list_size(answer);
        ck_assert_uint_le(count, REFERENTS_MAX);
        for (size_t j = 0; j < count; j++)
            expected[j] = list_getitem(answer, j); /* alive: in the heap */
        decref(answer);
        Object *result = referrers_of(all[i]);
        ck_assert_items(result, expected, count);
        decref(result);
    }
    decref(a);
    decref(b);
    decref(l);
    decref(d);
    decref(s);
    ck_assert_int_eq(gc_collect(), 3); /* a, b, l */
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {the_containers_that_hold_it_are_found, 2},
        {a_referrer_that_holds_it_twice_is_listed_once, 1},
        {the_order_is_that_of_the_tracked_list, 2},
        {an_untracked_object_is_never_a_referrer, 1},
        {the_result_is_never_its_own_referrer, 2},
        {nothing_refers_to_it_an_empty_list, 1},
        {a_class_is_referred_to_by_its_instances, 1},
        {many_referrers_are_all_found_in_order, 2},
        {it_agrees_with_gc_get_referrers_on_a_mixed_heap, 1},
    };
    return graded_suite("get_referrers", graded, GRADED_COUNT(graded),
                        get_referrers_is_defined);
}
