/* The gc module's controls and introspection (chapter 2). */
#include "harness.h"

static bool contains(Object *list, Object *op)
{
    for (size_t i = 0; i < list_size(list); i++)
        if (list_getitem(list, i) == op)
            return true;
    return false;
}

START_TEST(get_objects_lists_the_tracked_objects_but_not_itself)
{
    Object *l = list_new();
    Object *n = int_new(5);
    Object *d = dict_new();
    list_append(l, n);
    /*< 3
    Object *objects = gc_get_objects();
    */
    //> 3
    Object *objects = gc_get_objects(-1);
    //< 3
    ck_assert(contains(objects, l));
    ck_assert(!contains(objects, n)); /* atoms are never tracked */
    ck_assert(!contains(objects, d)); /* nor is a dict of atoms */
    ck_assert(!contains(objects, objects));
    ck_assert_uint_eq(list_size(objects), 1);
    decref(objects);
    decref(l);
    decref(n);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(get_referrers_finds_the_tracked_objects_that_refer_to_one)
{
    Object *Node = class_new("Node", NULL);
    Object *node = instance_new(Node);
    Object *target = list_new();
    Object *holder = list_new();
    Object *bystander = list_new();
    instance_setattr(node, "next", target);
    list_append(holder, target);
    list_append(holder, target); /* counted once */
    Object *referrers = gc_get_referrers(target);
    ck_assert_uint_eq(list_size(referrers), 2);
    ck_assert(contains(referrers, node));
    ck_assert(contains(referrers, holder));
    ck_assert(!contains(referrers, bystander));
    Object *of_class = gc_get_referrers(Node);
    ck_assert_uint_eq(list_size(of_class), 1); /* the instance */
    decref(of_class);
    decref(referrers);
    decref(node);
    decref(Node);
    decref(target);
    decref(holder);
    decref(bystander);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(get_referents_follows_traverse_and_is_empty_for_atoms)
{
    Object *l = list_new();
    Object *a = str_new("a"), *b = int_new(2);
    list_append(l, a);
    list_append(l, b);
    Object *referents = gc_get_referents(l);
    ck_assert_uint_eq(list_size(referents), 2);
    ck_assert_ptr_eq(list_getitem(referents, 0), b); /* last to first */
    ck_assert_ptr_eq(list_getitem(referents, 1), a);
    Object *none = gc_get_referents(a);
    ck_assert_uint_eq(list_size(none), 0);
    decref(none);
    decref(referents);
    decref(l);
    decref(a);
    decref(b);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_switches_and_the_threshold_read_back_what_was_set)
{
    ck_assert(gc_isenabled());
    gc_disable();
    ck_assert(!gc_isenabled());
    gc_enable();
    ck_assert(gc_isenabled());
    /*< 3
    gc_set_threshold(123);
    ck_assert_int_eq(gc_get_threshold(), 123);
    gc_set_threshold(GC_DEFAULT_THRESHOLD);
    */
    //> 3
    gc_set_threshold(0, 123);
    ck_assert_int_eq(gc_get_threshold(0), 123);
    gc_set_threshold(0, GC_DEFAULT_THRESHOLD);
    //< 3
    ck_assert_str_eq(gc_phase_name(GC_PHASE_SUBTRACT_REFS), "subtract_refs");
    ck_assert_str_eq(gc_phase_name(GC_PHASE_DONE), "delete_garbage");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("gcmodule");
    TCase *tc = tcase_create("gcmodule");
    tcase_add_test(tc, get_objects_lists_the_tracked_objects_but_not_itself);
    tcase_add_test(tc, get_referrers_finds_the_tracked_objects_that_refer_to_one);
    tcase_add_test(tc, get_referents_follows_traverse_and_is_empty_for_atoms);
    tcase_add_test(tc, the_switches_and_the_threshold_read_back_what_was_set);
    suite_add_tcase(s, tc);
    return s;
}
