/* Graded tests of the chapter 4 exercise weak_cache
 * (exercises/04-weak-references/weak_cache.c).
 *
 * The tests fill a cache with instances, let some die (by reference
 * counting, or in a cycle the collector finds) and look up what is left.
 * They count live objects with the allocation account (per type, and in
 * all), so they do not depend on how the student lays the cache out. */
#include "graded.h"

STUDENT_WRITES Object *my_cache_new(Object *cls);
STUDENT_WRITES void my_cache_put(Object *cache, Object *key, Object *value);
STUDENT_WRITES Object *my_cache_get(Object *cache, Object *key);
STUDENT_WRITES size_t my_cache_size(Object *cache);

static void weak_cache_is_defined(void)
{
    ck_assert_defined(my_cache_new);
    ck_assert_defined(my_cache_put);
    ck_assert_defined(my_cache_get);
    ck_assert_defined(my_cache_size);
}

static void release(Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++)
        decref(objects[i]);
}

static Object *new_cache(Object *cls)
{
    Object *cache = my_cache_new(cls);
    ck_assert_msg(cache != NULL, "my_cache_new returned NULL");
    return cache;
}

/* cache[key] is `expected` (NULL: no entry).  A macro, so that a failure
 * names the test's line. */
#define ck_assert_cached(cache, key, expected)                               \
    do {                                                                     \
        Object *got_ = my_cache_get(cache, key);                             \
        ck_assert_msg(got_ == (expected), "my_cache_get(cache, \"%s\") is "  \
                      "not %s", str_chars(key), #expected);                  \
        xdecref(got_);                                                       \
    } while (0)

#define ck_assert_cache_size(cache, expected)                                \
    ck_assert_msg(my_cache_size(cache) == (expected), "the cache has %zu "   \
                  "entries, expected %zu", my_cache_size(cache),             \
                  (size_t)(expected))

static size_t live_weakrefs(void)
{
    return WeakRefType.account.live_objects;
}

START_TEST(a_live_value_is_found)
{
    Object *cls = class_new("C", NULL), *cache = new_cache(cls);
    Object *k1 = str_new("one"), *k2 = str_new("two"), *k3 = str_new("three");
    Object *v1 = instance_new(cls), *v2 = instance_new(cls);
    my_cache_put(cache, k1, v1);
    my_cache_put(cache, k2, v2);
    ck_assert_cache_size(cache, 2);
    ck_assert_refcnt(v1, 1); /* held weakly */
    Object *got = my_cache_get(cache, k1);
    ck_assert_ptr_eq(got, v1);
    ck_assert_refcnt(v1, 2); /* a new reference */
    decref(got);
    ck_assert_cached(cache, k2, v2);
    ck_assert_cached(cache, k3, NULL);
    ck_assert_msg(weakref_count(v1) == 1, "the value has %zu weak "
                  "references, expected the cache's one", weakref_count(v1));
    Object *wr = weakref_first(v1);
    ck_assert_msg(wr->type == &WeakRefType && weakref_callback(wr) != NULL &&
                  weakref_callback(wr)->type == &CallbackType, "the cache's "
                  "weak reference must come from weakref_new, with a "
                  "callback from callback_new");
    Object *objects[] = {cache, v1, v2, k1, k2, k3, cls};
    release(objects, 7);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_value_that_dies_takes_its_entry_away)
{
    Object *cls = class_new("C", NULL), *cache = new_cache(cls);
    Object *k1 = str_new("one"), *k2 = str_new("two");
    Object *v1 = instance_new(cls), *v2 = instance_new(cls);
    my_cache_put(cache, k1, v1);
    my_cache_put(cache, k2, v2);
    size_t weakrefs = live_weakrefs();
    decref(v1); /* freed at once: the cache does not keep it */
    ck_assert_cached(cache, k1, NULL);
    ck_assert_cache_size(cache, 1);
    ck_assert_msg(live_weakrefs() == weakrefs - 1, "the dead value's entry "
                  "is still there, with its weak reference: the callback "
                  "must remove it");
    ck_assert_cached(cache, k2, v2);
    Object *v3 = instance_new(cls);
    my_cache_put(cache, k1, v3); /* the key can be used again */
    ck_assert_cached(cache, k1, v3);
    ck_assert_cache_size(cache, 2);
    Object *objects[] = {v2, v3, cache, k1, k2, cls};
    release(objects, 6);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_value_held_elsewhere_stays)
{
    Object *cls = class_new("C", NULL), *cache = new_cache(cls);
    Object *key = str_new("key"), *value = instance_new(cls);
    my_cache_put(cache, key, value);
    ck_assert_int_eq(gc_collect(), 0);
    ck_assert_cached(cache, key, value);
    ck_assert_cache_size(cache, 1);
    Object *objects[] = {cache, value, key, cls};
    release(objects, 4);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_replaced_entry_outlives_the_old_value)
{
    Object *cls = class_new("C", NULL), *cache = new_cache(cls);
    Object *key = str_new("key");
    Object *old = instance_new(cls), *new = instance_new(cls);
    my_cache_put(cache, key, old);
    /* The old entry's weak reference, kept: anyone may hold one, and then
     * it outlives its entry, and calls back when old dies. */
    Object *refs = weakref_list_of(old);
    my_cache_put(cache, key, new);
    ck_assert_cache_size(cache, 1);
    ck_assert_cached(cache, key, new);
    decref(old); /* its callback must leave new's entry */
    ck_assert_cached(cache, key, new);
    ck_assert_cache_size(cache, 1);
    decref(new);
    ck_assert_cached(cache, key, NULL);
    ck_assert_cache_size(cache, 0);
    Object *objects[] = {refs, cache, key, cls};
    release(objects, 4);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_value_in_a_cycle_goes_at_the_next_collection)
{
    Object *cls = class_new("C", NULL), *cache = new_cache(cls);
    Object *key = str_new("key"), *value = instance_new(cls);
    instance_setattr(value, "self", value);
    my_cache_put(cache, key, value);
    decref(value); /* alive until the collector finds the cycle */
    ck_assert_cached(cache, key, value);
    ck_assert_int_ge(gc_collect(), 1);
    ck_assert_cached(cache, key, NULL);
    ck_assert_cache_size(cache, 0);
    Object *objects[] = {cache, key, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

enum { VALUES = 3 };

START_TEST(the_cache_makes_no_cycle)
{
    gc_disable(); /* reference counting alone */
    Object *cls = class_new("C", NULL), *keys[VALUES], *values[VALUES];
    char name[] = "k0";
    for (size_t i = 0; i < VALUES; i++, name[1]++) {
        keys[i] = str_new(name);
        values[i] = instance_new(cls);
    }
    /* The class keeps each attribute name its instances use, as a str:
     * one cache used and dropped first, so that those are counted here. */
    Object *first = new_cache(cls);
    my_cache_put(first, keys[0], values[0]);
    decref(first);
    size_t alive = account_total().live_objects;
    Object *cache = new_cache(cls);
    for (size_t i = 0; i < VALUES; i++)
        my_cache_put(cache, keys[i], values[i]);
    ck_assert_cache_size(cache, VALUES);
    decref(cache);
    ck_assert_msg(account_total().live_objects == alive, "%zu objects of "
                  "the cache are still alive once it is dropped: it is in "
                  "a cycle, which only the collector can free",
                  account_total().live_objects - alive);
    for (size_t i = 0; i < VALUES; i++)
        ck_assert_msg(weakref_count(values[i]) == 0, "a value still has a "
                      "weak reference of the dead cache");
    release(values, VALUES);
    release(keys, VALUES);
    decref(cls);
    gc_enable();
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_callback_after_the_cache_died_does_nothing)
{
    Object *cls = class_new("C", NULL), *cache = new_cache(cls);
    Object *key = str_new("key"), *value = instance_new(cls);
    my_cache_put(cache, key, value);
    Object *refs = weakref_list_of(value); /* the entry's weak reference, kept */
    ck_assert_uint_eq(list_size(refs), 1);
    decref(cache);
    decref(value); /* its callback runs, with the cache gone */
    ck_assert_ptr_null(weakref_get(list_getitem(refs, 0)));
    Object *objects[] = {refs, key, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_live_value_is_found, 2},
        {a_value_that_dies_takes_its_entry_away, 2},
        {a_value_held_elsewhere_stays, 1},
        {a_replaced_entry_outlives_the_old_value, 2},
        {a_value_in_a_cycle_goes_at_the_next_collection, 1},
        {the_cache_makes_no_cycle, 2},
        {a_callback_after_the_cache_died_does_nothing, 1},
    };
    return graded_suite("weak_cache", graded, GRADED_COUNT(graded),
                        weak_cache_is_defined);
}
