/* Which objects the collector tracks (chapter 2). */
#include "harness.h"

static void set(Object *d, const char *key, Object *value)
{
    Object *k = str_new(key);
    dict_setitem(d, k, value);
    decref(k);
}

START_TEST(containers_are_tracked_atoms_never)
{
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    Object *l = list_new();
    Object *n = int_new(1), *s = str_new("s");
    ck_assert(gc_is_tracked(cls));
    ck_assert(gc_is_tracked(node));
    ck_assert(gc_is_tracked(l));
    ck_assert(!gc_is_tracked(n));
    ck_assert(!gc_is_tracked(s));
    decref(node);
    decref(cls);
    decref(l);
    decref(n);
    decref(s);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_dict_is_tracked_once_it_holds_a_container)
{
    Object *d = dict_new();
    ck_assert(!gc_is_tracked(d)); /* is_tracked({}) is False */
    Object *one = int_new(1);
    set(d, "a", one);
    ck_assert(!gc_is_tracked(d)); /* is_tracked({"a": 1}) is False */
    Object *inner = dict_new();
    set(d, "b", inner);
    ck_assert(gc_is_tracked(d)); /* is_tracked({"b": {}}) is True */
    Object *l = list_new();
    Object *d2 = dict_new();
    set(d2, "a", l);
    ck_assert(gc_is_tracked(d2)); /* is_tracked({"a": []}) is True */
    decref(one);
    decref(inner);
    decref(l);
    decref(d);
    decref(d2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_collection_untracks_a_dict_that_holds_no_container)
{
    Object *d = dict_new();
    Object *l = list_new();
    set(d, "b", l);
    ck_assert(gc_is_tracked(d));
    Object *k = str_new("b");
    dict_delitem(d, k);
    ck_assert(gc_is_tracked(d)); /* only a collection looks again */
    ck_assert_int_eq(gc_collect(), 0);
    ck_assert(!gc_is_tracked(d));
    set(d, "c", l);
    ck_assert_int_eq(gc_collect(), 0);
    ck_assert(gc_is_tracked(d)); /* still holds a container */
    decref(k);
    decref(l);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_container_carries_a_two_word_gc_head)
{
    Object *l = list_new();
    ck_assert_uint_eq(object_size(l), sizeof(List) + 2 * sizeof(void *));
    ck_assert_ptr_eq(object_memory(l), (char *)l - sizeof(GCHead));
    Object *n = int_new(1);
    ck_assert_ptr_eq(object_memory(n), n);
    decref(l);
    decref(n);
    ck_assert_nothing_alive();
}
END_TEST

static void track_an_int(void)
{
    gc_track(int_new(1));
}

static void track_twice(void)
{
    gc_track(list_new());
}

START_TEST(tracking_mistakes_are_clear_errors)
{
    assert_misuse(track_an_int, "gc_track: not a container type: int object");
    assert_misuse(track_twice, "gc_track: already tracked: list object");
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(untracking_twice_is_harmless)
{
    Object *l = list_new();
    gc_untrack(l);
    gc_untrack(l);
    ck_assert(!gc_is_tracked(l));
    gc_track(l);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("track");
    TCase *tc = tcase_create("track");
    tcase_add_test(tc, containers_are_tracked_atoms_never);
    tcase_add_test(tc, a_dict_is_tracked_once_it_holds_a_container);
    tcase_add_test(tc, a_collection_untracks_a_dict_that_holds_no_container);
    tcase_add_test(tc, a_container_carries_a_two_word_gc_head);
    tcase_add_test(tc, tracking_mistakes_are_clear_errors);
    tcase_add_test(tc, untracking_twice_is_harmless);
    suite_add_tcase(s, tc);
    return s;
}
