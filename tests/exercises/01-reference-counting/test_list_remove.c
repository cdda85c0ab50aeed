/* Graded tests of the chapter 1 exercise list_remove
 * (exercises/01-reference-counting/list_remove.c). */
#include <stdbool.h>

#include "graded.h"

STUDENT_WRITES bool list_remove(Object *list, Object *item);

static void list_remove_is_defined(void)
{
    ck_assert_defined(list_remove);
}

/* A list of `count` new ints 0, 1, ...; each is also stored in items[],
 * so the test holds a reference to each and the list another. */
static Object *list_of_ints(Object **items, size_t count)
{
    Object *l = list_new();
    for (size_t i = 0; i < count; i++) {
        items[i] = int_new((long)i);
        list_append(l, items[i]);
    }
    return l;
}

static void decref_all(Object **items, size_t count)
{
    for (size_t i = 0; i < count; i++)
        decref(items[i]);
}

/* The list holds exactly `expected` (the very objects), in this order. */
static void ck_assert_list_is(Object *l, Object **expected, size_t count)
{
    ck_assert_uint_eq(list_size(l), count);
    for (size_t i = 0; i < count; i++)
        ck_assert_msg(list_getitem(l, i) == expected[i],
                      "item %zu is not the expected object", i);
}

START_TEST(removing_an_item_releases_the_lists_reference)
{
    Object *l = list_new();
    Object *x = int_new(1);
    list_append(l, x);
    ck_assert_msg(list_remove(l, x), "list_remove must return true when it "
                                     "finds the item");
    ck_assert_uint_eq(list_size(l), 0);
    ck_assert_refcnt(x, 1); /* the caller's own reference is left */
    decref(x);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(only_the_first_occurrence_is_removed)
{
    Object *l = list_new();
    Object *a = int_new(1), *b = int_new(2);
    list_append(l, a);
    list_append(l, b);
    list_append(l, a);
    ck_assert(list_remove(l, a));
    Object *expected[] = {b, a};
    ck_assert_list_is(l, expected, 2);
    ck_assert_refcnt(a, 2); /* ours and the list's remaining one */
    ck_assert_refcnt(b, 2);
    decref(a);
    decref(b);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_later_items_shift_down_in_order)
{
    Object *items[5];
    Object *l = list_of_ints(items, 5);
    ck_assert(list_remove(l, items[2]));
    Object *middle_gone[] = {items[0], items[1], items[3], items[4]};
    ck_assert_list_is(l, middle_gone, 4);
    ck_assert(list_remove(l, items[0]));
    ck_assert(list_remove(l, items[4]));
    Object *ends_gone[] = {items[1], items[3]};
    ck_assert_list_is(l, ends_gone, 2);
    /* Ours, and the list's for those still in it. */
    ck_assert_refcnt(items[0], 1);
    ck_assert_refcnt(items[1], 2);
    ck_assert_refcnt(items[2], 1);
    ck_assert_refcnt(items[3], 2);
    ck_assert_refcnt(items[4], 1);
    decref_all(items, 5);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(an_equal_but_distinct_object_is_not_the_item)
{
    Object *l = list_new();
    Object *seven = int_new(7), *another_seven = int_new(7);
    list_append(l, seven);
    ck_assert_msg(!list_remove(l, another_seven),
                  "list_remove compares identity (==), not value");
    ck_assert_uint_eq(list_size(l), 1);
    ck_assert_refcnt(seven, 2);
    ck_assert_refcnt(another_seven, 1);
    ck_assert(list_remove(l, seven));
    decref(seven);
    decref(another_seven);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(an_absent_item_changes_nothing)
{
    Object *l = list_new();
    Object *a = int_new(1), *absent = int_new(2);
    ck_assert(!list_remove(l, a)); /* an empty list */
    list_append(l, a);
    ck_assert(!list_remove(l, absent));
    ck_assert_uint_eq(list_size(l), 1);
    ck_assert_refcnt(a, 2);
    ck_assert_refcnt(absent, 1);
    ck_assert(list_remove(l, a));
    ck_assert_msg(!list_remove(l, a), "a removed item is absent");
    ck_assert_refcnt(a, 1);
    decref(a);
    decref(absent);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_item_is_freed_when_the_list_held_its_last_reference)
{
    Object *l = list_new();
    Object *inner = list_new(); /* a container: freeing it frees its item */
    Object *n = int_new(1);
    list_append(inner, n);
    decref(n);
    list_append(l, inner);
    decref(inner);
    ck_assert_uint_eq(account_total().live_objects, 3);
    ck_assert(list_remove(l, inner));
    ck_assert_uint_eq(account_total().live_objects, 1); /* only l is left */
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

/* A type whose dealloc runs code that looks at a list, as a finalizer can:
 * it records what the list held at the moment the object was freed. */
typedef struct Watcher {
    Object ob;
    Object *watched; /* borrowed */
} Watcher;

static struct {
    bool freed;
    size_t size;           /* the watched list's size then */
    bool still_in_list;    /* the list still held the freed object */
} seen;

static void watcher_dealloc(Object *self)
{
    Object *l = ((Watcher *)self)->watched;
    seen.freed = true;
    seen.size = list_size(l);
    seen.still_in_list = false;
    for (size_t i = 0; i < seen.size; i++)
        seen.still_in_list |= list_getitem(l, i) == self;
}

static Type WatcherType = {
    .name = "watcher",
    .basic_size = sizeof(Watcher),
    .dealloc = watcher_dealloc,
};

START_TEST(the_list_is_consistent_when_the_release_runs_code)
{
    Object *items[2];
    Object *l = list_of_ints(items, 2);
    Object *watcher = object_new(&WatcherType, 0);
    ((Watcher *)watcher)->watched = l;
    list_setitem(l, 1, watcher); /* the list holds [0, watcher] */
    list_append(l, items[1]);    /* and then [0, watcher, 1] */
    seen.freed = false;
    ck_assert(list_remove(l, watcher));
    ck_assert_msg(seen.freed, "the list's reference was the last one: "
                              "list_remove must release it");
    ck_assert_msg(!seen.still_in_list && seen.size == 2,
                  "when the item was freed the list %s (size %zu): release "
                  "it only once the list is consistent",
                  seen.still_in_list ? "still held it" : "was not updated",
                  seen.size);
    Object *expected[] = {items[0], items[1]};
    ck_assert_list_is(l, expected, 2);
    decref_all(items, 2);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

enum { MANY = 100 };

START_TEST(every_item_can_be_removed_one_by_one)
{
    Object *items[MANY];
    Object *l = list_of_ints(items, MANY);
    /* Every other item first, then the rest from the end. */
    for (size_t i = 0; i < MANY; i += 2)
        ck_assert(list_remove(l, items[i]));
    ck_assert_uint_eq(list_size(l), MANY / 2);
    for (size_t i = 0; i < MANY / 2; i++)
        ck_assert_ptr_eq(list_getitem(l, i), items[2 * i + 1]);
    for (size_t i = MANY; i-- > 0;) {
        ck_assert(list_remove(l, items[i]) == (i % 2 == 1));
        ck_assert_refcnt(items[i], 1);
    }
    ck_assert_uint_eq(list_size(l), 0);
    decref_all(items, MANY);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

static void remove_from_a_dict(void)
{
    list_remove(dict_new(), int_new(0));
}

START_TEST(removing_from_something_else_is_a_clear_error)
{
    assert_misuse(remove_from_a_dict, "expected a list: dict object");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {removing_an_item_releases_the_lists_reference, 2},
        {only_the_first_occurrence_is_removed, 2},
        {the_later_items_shift_down_in_order, 2},
        {an_equal_but_distinct_object_is_not_the_item, 1},
        {an_absent_item_changes_nothing, 1},
        {the_item_is_freed_when_the_list_held_its_last_reference, 1},
        {the_list_is_consistent_when_the_release_runs_code, 3},
        {every_item_can_be_removed_one_by_one, 2},
        {removing_from_something_else_is_a_clear_error, 1},
    };
    return graded_suite("list_remove", graded, GRADED_COUNT(graded),
                        list_remove_is_defined);
}
