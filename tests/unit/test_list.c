/* Lists (chapter 1). */
#include "harness.h"

START_TEST(append_adds_a_reference_to_the_item)
{
    Object *l = list_new();
    Object *item = str_new("x");
    list_append(l, item);
    ck_assert_int_eq(item->refcnt, 2);
    ck_assert_uint_eq(list_size(l), 1);
    ck_assert_ptr_eq(list_getitem(l, 0), item);
    decref(item);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(getitem_returns_a_borrowed_reference)
{
    Object *l = list_new();
    Object *item = int_new(1);
    list_append(l, item);
    decref(item);
    ck_assert_int_eq(list_getitem(l, 0)->refcnt, 1);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(setitem_steals_the_new_item_and_releases_the_old)
{
    Object *l = list_new();
    Object *old = int_new(1);
    list_append(l, old);
    list_setitem(l, 0, int_new(2));
    ck_assert_int_eq(old->refcnt, 1);
    ck_assert_int_eq(int_value(list_getitem(l, 0)), 2);
    ck_assert_int_eq(list_getitem(l, 0)->refcnt, 1);
    decref(old);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(pop_hands_the_list_reference_to_the_caller)
{
    Object *l = list_new();
    for (long i = 0; i < 5; i++) {
        Object *n = int_new(i);
        list_append(l, n);
        decref(n);
    }
    Object *two = list_pop(l, 2);
    ck_assert_int_eq(int_value(two), 2);
    ck_assert_int_eq(two->refcnt, 1);
    ck_assert_uint_eq(list_size(l), 4);
    ck_assert_int_eq(int_value(list_getitem(l, 2)), 3);
    decref(two);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_list_grows_as_items_are_appended)
{
    Object *l = list_new();
    Object *item = str_new("x");
    for (int i = 0; i < 1000; i++)
        list_append(l, item);
    ck_assert_uint_eq(list_size(l), 1000);
    ck_assert_int_eq(item->refcnt, 1001);
    decref(l);
    ck_assert_int_eq(item->refcnt, 1);
    decref(item);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(traverse_visits_the_items_last_to_first)
{
    Object *l = list_new();
    Object *a = str_new("a"), *b = list_new();
    list_append(l, a);
    list_append(l, b);
    Referents r = referents_of(l);
    ck_assert_uint_eq(r.count, 2);
    ck_assert_ptr_eq(r.items[0], b);
    ck_assert_ptr_eq(r.items[1], a);
    decref(a);
    decref(b);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

static int stop_at_first(Object *referent, void *arg)
{
    (void)referent;
    (void)arg;
    return 7;
}

START_TEST(traverse_stops_when_the_visitor_says_so)
{
    Object *l = list_new();
    Object *n = int_new(1);
    list_append(l, n);
    list_append(l, n);
    ck_assert_int_eq(ListType.traverse(l, stop_at_first, NULL), 7);
    decref(n);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(clear_empties_the_list_and_releases_the_items)
{
    Object *l = list_new();
    Object *n = int_new(1);
    list_append(l, n);
    ListType.clear(l);
    ck_assert_uint_eq(list_size(l), 0);
    ck_assert_int_eq(n->refcnt, 1);
    decref(n);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

static void index_out_of_range(void)
{
    list_getitem(list_new(), 0);
}

static void append_to_a_dict(void)
{
    list_append(dict_new(), int_new(0));
}

START_TEST(misuse_of_a_list_is_a_clear_error)
{
    assert_misuse(index_out_of_range, "list index out of range: list object");
    assert_misuse(append_to_a_dict, "list_append: expected a list: dict object");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("list");
    TCase *tc = tcase_create("list");
    tcase_add_test(tc, append_adds_a_reference_to_the_item);
    tcase_add_test(tc, getitem_returns_a_borrowed_reference);
    tcase_add_test(tc, setitem_steals_the_new_item_and_releases_the_old);
    tcase_add_test(tc, pop_hands_the_list_reference_to_the_caller);
    tcase_add_test(tc, a_list_grows_as_items_are_appended);
    tcase_add_test(tc, traverse_visits_the_items_last_to_first);
    tcase_add_test(tc, traverse_stops_when_the_visitor_says_so);
    tcase_add_test(tc, clear_empties_the_list_and_releases_the_items);
    tcase_add_test(tc, misuse_of_a_list_is_a_clear_error);
    suite_add_tcase(s, tc);
    return s;
}
