/* Weak-valued and weak-keyed dictionaries: an entry lasts as long as the
 * object held weakly, whether it dies by reference counting or in a
 * collection, and the dictionary itself makes no cycle (chapter 4). */
#include "harness.h"

static Object *cls;

static void make_class(void)
{
    cls = class_new("Value", NULL);
}

/* Every test ends so: its class goes, then nothing may be left alive. */
#define ck_assert_nothing_but_the_class_was_alive() \
    do {                                           \
        decref(cls);                               \
        ck_assert_nothing_alive();                 \
    } while (0)

static Object *key(const char *name)
{
    return str_new(name);
}

/* d[name] = value, for a weak-valued dictionary. */
static void set_value(Object *d, const char *name, Object *value)
{
    Object *k = key(name);
    weakdict_setitem(d, k, value);
    decref(k);
}

static Object *get_value(Object *d, const char *name)
{
    Object *k = key(name);
    Object *value = weakdict_getitem(d, k);
    decref(k);
    return value;
}

START_TEST(a_value_that_dies_takes_its_entry_with_it)
{
    Object *d = weakvaluedict_new();
    Object *v = instance_new(cls), *kept = instance_new(cls);
    set_value(d, "gone", v);
    set_value(d, "kept", kept);
    ck_assert_uint_eq(weakdict_size(d), 2);
    Object *got = get_value(d, "gone");
    ck_assert_ptr_eq(got, v);
    decref(got);
    decref(v);
    ck_assert_uint_eq(weakdict_size(d), 1);
    ck_assert_uint_eq(dict_size(((WeakDict *)d)->data), 1); /* removed, not only dead */
    ck_assert_ptr_null(get_value(d, "gone"));
    got = get_value(d, "kept");
    ck_assert_ptr_eq(got, kept);
    decref(got), decref(kept), decref(d);
    ck_assert_int_eq(gc_collect(), 0); /* nothing was left for the collector */
    ck_assert_nothing_but_the_class_was_alive();
}
END_TEST

START_TEST(a_replaced_value_that_dies_leaves_the_new_entry)
{
    Object *d = weakvaluedict_new();
    Object *first = instance_new(cls), *second = instance_new(cls);
    set_value(d, "k", first);
    set_value(d, "k", second);
    decref(first);
    Object *got = get_value(d, "k");
    ck_assert_ptr_eq(got, second);
    decref(got), decref(second), decref(d);
    ck_assert_nothing_but_the_class_was_alive();
}
END_TEST

START_TEST(a_value_in_a_cycle_leaves_when_a_collection_frees_it)
{
    Object *d = weakvaluedict_new();
    Object *v = instance_new(cls);
    instance_setattr(v, "self", v);
    set_value(d, "cycle", v);
    decref(v);
    ck_assert_uint_eq(weakdict_size(d), 1); /* garbage, not yet found */
    /* v, and the KeyedRef its entry's removal freed: CPython 3.11 counts
     * both the same way (2 for the same program in Python). */
    ck_assert_int_eq(gc_collect(), 2);
    ck_assert_uint_eq(dict_size(((WeakDict *)d)->data), 0);
    decref(d);
    ck_assert_nothing_but_the_class_was_alive();
}
END_TEST

START_TEST(a_dictionary_that_dies_first_leaves_its_values_alone)
{
    Object *d = weakvaluedict_new();
    Object *v = instance_new(cls);
    set_value(d, "k", v);
    decref(d);
    ck_assert_uint_eq(weakref_count(v), 0);
    decref(v);
    ck_assert_nothing_but_the_class_was_alive();
}
END_TEST

START_TEST(a_dictionary_in_the_same_trash_as_its_values_is_collected_whole)
{
    Object *d = weakvaluedict_new();
    Object *v = instance_new(cls);
    instance_setattr(v, "d", d); /* v -> d -> ... weakly -> v */
    instance_setattr(v, "self", v);
    set_value(d, "k", v);
    decref(v), decref(d);
    /* v, d, its data dict, its remover, the remover's weak reference to d,
     * the KeyedRef.  CPython 3.11 counts 9: its WeakValueDictionary is a
     * Python class, with a __dict__ and a closure for its callback. */
    ck_assert_int_eq(gc_collect(), 6);
    ck_assert_nothing_but_the_class_was_alive();
}
END_TEST

START_TEST(a_key_that_dies_takes_its_entry_with_it)
{
    Object *d = weakkeydict_new();
    Object *k = instance_new(cls), *other = instance_new(cls);
    Object *v = str_new("value");
    weakdict_setitem(d, k, v);
    weakdict_setitem(d, other, v);
    Object *got = weakdict_getitem(d, k);
    ck_assert_ptr_eq(got, v);
    decref(got);
    weakdict_setitem(d, k, other); /* replaces the value, keeps the entry */
    ck_assert_uint_eq(weakdict_size(d), 2);
    decref(k);
    ck_assert_uint_eq(weakdict_size(d), 1);
    ck_assert_uint_eq(dict_size(((WeakDict *)d)->data), 1);
    Object *keys = weakdict_keys(d), *values = weakdict_values(d);
    ck_assert_ptr_eq(list_getitem(keys, 0), other);
    ck_assert_ptr_eq(list_getitem(values, 0), v);
    decref(keys), decref(values);
    ck_assert(weakdict_delitem(d, other));
    ck_assert(!weakdict_delitem(d, other));
    ck_assert_uint_eq(weakdict_size(d), 0);
    decref(other), decref(v), decref(d);
    ck_assert_nothing_but_the_class_was_alive();
}
END_TEST

START_TEST(keys_and_values_come_in_insertion_order_and_match)
{
    Object *d = weakvaluedict_new();
    Object *a = instance_new(cls), *b = instance_new(cls), *c = instance_new(cls);
    set_value(d, "a", a), set_value(d, "b", b), set_value(d, "c", c);
    decref(b);
    Object *keys = weakdict_keys(d), *values = weakdict_values(d);
    ck_assert_uint_eq(list_size(keys), 2);
    ck_assert_str_eq(str_chars(list_getitem(keys, 0)), "a");
    ck_assert_str_eq(str_chars(list_getitem(keys, 1)), "c");
    ck_assert_ptr_eq(list_getitem(values, 0), a);
    ck_assert_ptr_eq(list_getitem(values, 1), c);
    Object *k = key("a");
    ck_assert(weakdict_delitem(d, k));
    ck_assert(!weakdict_delitem(d, k));
    decref(k);
    decref(keys), decref(values), decref(a), decref(c), decref(d);
    ck_assert_nothing_but_the_class_was_alive();
}
END_TEST

/* While a walk is in progress, a value that dies leaves its entry, dead,
 * for the walk to skip; the last walk to end removes it (CPython's
 * _IterationGuard). */
START_TEST(removals_wait_until_the_last_walk_ends)
{
    Object *d = weakvaluedict_new();
    Object *a = instance_new(cls), *b = instance_new(cls);
    set_value(d, "a", a);
    set_value(d, "b", b);
    weakdict_iteration_begin(d);
    weakdict_iteration_begin(d); /* walks nest */
    decref(a);
    ck_assert_uint_eq(weakdict_entries(d), 2);
    ck_assert_uint_eq(weakdict_size(d), 1);
    size_t pos = 0;
    Object *k, *v;
    ck_assert(weakdict_next(d, &pos, &k, &v));
    ck_assert_ptr_eq(v, b);
    ck_assert(!weakdict_next(d, &pos, &k, &v));
    weakdict_iteration_end(d);
    ck_assert_uint_eq(weakdict_entries(d), 2);
    weakdict_iteration_end(d);
    ck_assert_uint_eq(weakdict_entries(d), 1);
    decref(b);
    ck_assert_uint_eq(weakdict_entries(d), 0);
    decref(d);
    ck_assert_nothing_but_the_class_was_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("weakdict");
    TCase *tc = tcase_create("weakdict");
    tcase_add_checked_fixture(tc, make_class, NULL);
    tcase_add_test(tc, a_value_that_dies_takes_its_entry_with_it);
    tcase_add_test(tc, a_replaced_value_that_dies_leaves_the_new_entry);
    tcase_add_test(tc, a_value_in_a_cycle_leaves_when_a_collection_frees_it);
    tcase_add_test(tc, a_dictionary_that_dies_first_leaves_its_values_alone);
    tcase_add_test(tc, a_dictionary_in_the_same_trash_as_its_values_is_collected_whole);
    tcase_add_test(tc, a_key_that_dies_takes_its_entry_with_it);
    tcase_add_test(tc, keys_and_values_come_in_insertion_order_and_match);
    tcase_add_test(tc, removals_wait_until_the_last_walk_ends);
    suite_add_tcase(s, tc);
    return s;
}
