/* Dicts and the table behind them (chapter 1). */
#include "harness.h"

static void set_str(Object *d, const char *key, Object *value)
{
    Object *k = str_new(key);
    dict_setitem(d, k, value);
    decref(k);
}

static Object *get_str(Object *d, const char *key)
{
    Object *k = str_new(key);
    Object *v = dict_getitem(d, k);
    decref(k);
    return v;
}

START_TEST(setitem_adds_references_to_key_and_value)
{
    Object *d = dict_new();
    Object *k = str_new("a"), *v = list_new();
    dict_setitem(d, k, v);
    ck_assert_int_eq(k->refcnt, 2);
    ck_assert_int_eq(v->refcnt, 2);
    ck_assert_ptr_eq(dict_getitem(d, k), v);
    ck_assert_uint_eq(dict_size(d), 1);
    decref(k);
    decref(v);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(equal_keys_find_the_same_entry)
{
    Object *d = dict_new();
    Object *v1 = int_new(1), *v2 = int_new(2);
    set_str(d, "key", v1);
    set_str(d, "key", v2);
    ck_assert_uint_eq(dict_size(d), 1);
    ck_assert_ptr_eq(get_str(d, "key"), v2);
    ck_assert_int_eq(v1->refcnt, 1);
    ck_assert_ptr_null(get_str(d, "other"));
    Object *ik = int_new(5), *ik2 = int_new(5);
    dict_setitem(d, ik, v1);
    ck_assert_ptr_eq(dict_getitem(d, ik2), v1);
    decref(ik);
    decref(ik2);
    decref(v1);
    decref(v2);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(iteration_follows_insertion_order_across_deletes_and_growth)
{
    enum { N = 1000 };
    Object *d = dict_new();
    for (long i = 0; i < N; i++) {
        Object *k = int_new(i);
        dict_setitem(d, k, k);
        decref(k);
    }
    for (long i = 0; i < N; i += 2) {
        Object *k = int_new(i);
        ck_assert(dict_delitem(d, k));
        ck_assert(!dict_delitem(d, k));
        decref(k);
    }
    ck_assert_uint_eq(dict_size(d), N / 2);
    size_t pos = 0;
    long expected = 1;
    Object *key, *value;
    while (dict_next(d, &pos, &key, &value)) {
        ck_assert_int_eq(int_value(key), expected);
        expected += 2;
    }
    ck_assert_int_eq(expected, N + 1);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(deleting_from_an_empty_dict_finds_nothing)
{
    Object *d = dict_new();
    Object *k = str_new("a");
    ck_assert(!dict_delitem(d, k));
    ck_assert_ptr_null(dict_getitem(d, k));
    decref(k);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(traverse_visits_values_and_only_non_str_keys)
{
    Object *d = dict_new();
    Object *v = list_new();
    set_str(d, "a", v);
    Referents r = referents_of(d);
    ck_assert_uint_eq(r.count, 1);
    ck_assert_ptr_eq(r.items[0], v);
    Object *k = int_new(1);
    dict_setitem(d, k, v);
    r = referents_of(d);
    ck_assert_uint_eq(r.count, 4); /* value, key, value, key: as CPython 3.11 */
    ck_assert_ptr_eq(r.items[3], k);
    decref(k);
    decref(v);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

/* An instance is a key by identity, as CPython's objects without __eq__;
 * such a key is a reference the collector must see. */
START_TEST(an_object_is_a_key_by_identity)
{
    Object *d = dict_new();
    Object *cls = class_new("Key", NULL);
    Object *a = instance_new(cls), *b = instance_new(cls);
    Object *v = int_new(1);
    ck_assert(is_hashable(a));
    dict_setitem(d, a, v);
    ck_assert_ptr_eq(dict_getitem(d, a), v);
    ck_assert_ptr_null(dict_getitem(d, b));
    ck_assert_int_eq(a->refcnt, 2);
    Referents r = referents_of(d);
    ck_assert_uint_eq(r.count, 2);
    ck_assert_ptr_eq(r.items[1], a);
    ck_assert(dict_delitem(d, a));
    ck_assert(!dict_delitem(d, b));
    decref(a);
    decref(b);
    decref(v);
    decref(cls);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

/* A type can make its instances keys by value: here, a key is equal to
 * every other key of the type (and to the int 7) and hashes as 7. */
static uint64_t seven_hash(const Object *self)
{
    (void)self;
    return 7;
}

static int seven_equal(const Object *a, const Object *b)
{
    const Object *other = a->type->equal == seven_equal ? b : a;
    return other->type->equal == seven_equal ||
           (other->type == &IntType && int_value(other) == 7);
}

static Type SevenType = {.name = "seven", .basic_size = sizeof(Object),
                         .hash = seven_hash, .equal = seven_equal};

START_TEST(a_type_can_hash_and_compare_its_keys)
{
    Object *d = dict_new();
    Object *a = object_new(&SevenType, 0), *b = object_new(&SevenType, 0);
    Object *seven = int_new(7), *v = int_new(1);
    dict_setitem(d, a, v);
    ck_assert_ptr_eq(dict_getitem(d, b), v);      /* found by equality */
    ck_assert_ptr_eq(dict_getitem(d, seven), v);  /* across types, both ways */
    dict_setitem(d, seven, seven);
    ck_assert_uint_eq(dict_size(d), 1);
    ck_assert_ptr_eq(dict_getitem(d, a), seven);
    decref(a);
    decref(b);
    decref(seven);
    decref(v);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(clear_releases_every_entry)
{
    Object *d = dict_new();
    Object *v = list_new();
    set_str(d, "a", v);
    set_str(d, "b", v);
    DictType.clear(d);
    ck_assert_uint_eq(dict_size(d), 0);
    ck_assert_int_eq(v->refcnt, 1);
    decref(v);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

/* Keys that all collide and are all equal (as two equal tuples), whose
 * comparison changes the dict it is looked up in, once: CPython's lookdict
 * restarts when that happens, and so does ours. */
static Object *meddled;               /* the dict to change */
static void (*meddle)(const Object *stored); /* how, on the next comparison */

/* The dict starts with its first key's entry and this many deleted ones:
 * an index of 256 slots, one insert short of being rebuilt.  The inserts
 * of insert_many rebuild it into an index of 8 slots (it holds 5 keys
 * then), and a probe that went on with the old mask, at slot MEDDLER_HASH,
 * would read far past the new block. */
#define DELETED_ENTRIES 166
#define MEDDLER_INSERTS 4
#define MEDDLER_HASH 200

/* d[i] = i, or del d[i], for each i of first .. first + count - 1. */
static void set_ints(Object *d, long first, long count, bool set)
{
    for (long i = first; i < first + count; i++) {
        Object *key = int_new(i);
        if (set)
            dict_setitem(d, key, key);
        else
            dict_delitem(d, key);
        decref(key);
    }
}

static void insert_many(const Object *stored)
{
    (void)stored;
    set_ints(meddled, 0, MEDDLER_INSERTS, true); /* a new, smaller index */
}

static void delete_stored(const Object *stored)
{
    ck_assert(dict_delitem(meddled, stored)); /* the entry compared goes */
}

static uint64_t meddler_hash(const Object *self)
{
    (void)self;
    return MEDDLER_HASH;
}

static int meddler_equal(const Object *a, const Object *b)
{
    void (*change)(const Object *) = meddle;
    meddle = NULL;
    if (change)
        change(a);
    /* a is still readable: the table holds it while it is compared */
    return a->type == b->type;
}

static Type MeddlerType = {.name = "meddler", .basic_size = sizeof(Object),
                           .hash = meddler_hash, .equal = meddler_equal};

/* d = {first: 1}; then d[second] = 2, with `change` run by the comparison
 * of second with first. */
static Object *meddled_dict(void (*change)(const Object *), Object *second)
{
    Object *first = object_new(&MeddlerType, 0), *one = int_new(1), *two = int_new(2);
    meddled = dict_new();
    dict_setitem(meddled, first, one);
    decref(first); /* the dict holds the only reference */
    set_ints(meddled, MEDDLER_INSERTS, DELETED_ENTRIES, true);
    set_ints(meddled, MEDDLER_INSERTS, DELETED_ENTRIES, false);
    meddle = change;
    dict_setitem(meddled, second, two);
    ck_assert(meddle == NULL); /* the comparison ran */
    decref(one), decref(two);
    return meddled;
}

START_TEST(a_comparison_that_rebuilds_the_dict_restarts_the_lookup)
{
    Object *second = object_new(&MeddlerType, 0);
    Object *d = meddled_dict(insert_many, second);
    /* Found again in the new index: first's entry, equal, gets the value. */
    ck_assert_uint_eq(dict_size(d), MEDDLER_INSERTS + 1);
    ck_assert_int_eq(int_value(dict_getitem(d, second)), 2);
    decref(second), decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_comparison_that_deletes_the_entry_restarts_the_lookup)
{
    Object *second = object_new(&MeddlerType, 0);
    Object *d = meddled_dict(delete_stored, second);
    /* first is gone: second is a new key, not a write to a deleted entry. */
    ck_assert_uint_eq(dict_size(d), 1);
    size_t pos = 0;
    Object *key, *value;
    ck_assert(dict_next(d, &pos, &key, &value));
    ck_assert_ptr_eq(key, second);
    ck_assert_int_eq(int_value(value), 2);
    decref(second), decref(d);
    ck_assert_nothing_alive();
}
END_TEST

/* A type whose hash and equal may fail, as a program's __hash__ and __eq__
 * may in the runner: each counts its calls, and fails while `failing`. */
static bool failing;
static int hash_calls, equal_calls;

static uint64_t counted_hash(const Object *self)
{
    (void)self;
    hash_calls++;
    return failing ? HASH_FAILED : 7;
}

static int counted_equal(const Object *a, const Object *b)
{
    equal_calls++;
    return failing ? -1 : a->type == b->type;
}

static Type CountedType = {.name = "counted", .basic_size = sizeof(Object),
                           .hash = counted_hash, .equal = counted_equal};

START_TEST(a_failing_hash_or_equal_changes_nothing)
{
    Object *d = dict_new();
    Object *a = object_new(&CountedType, 0), *b = object_new(&CountedType, 0);
    Object *v = int_new(1);
    failing = true;
    ck_assert(!dict_setitem(d, a, v)); /* the hash fails */
    ck_assert_uint_eq(dict_size(d), 0);
    failing = false;
    ck_assert(dict_setitem(d, a, v));
    failing = true;
    ck_assert_ptr_null(dict_getitem(d, a)); /* the hash fails */
    failing = false;
    ck_assert_ptr_eq(dict_getitem(d, a), v); /* found by identity */
    hash_calls = equal_calls = 0;
    ck_assert_ptr_eq(dict_getitem(d, b), v);
    ck_assert_int_eq(hash_calls, 1);
    ck_assert_int_eq(equal_calls, 1);
    /* b's hash succeeds and its equal fails: neither stored nor deleted */
    CountedType.hash = seven_hash;
    failing = true;
    ck_assert(!dict_setitem(d, b, b));
    ck_assert(!dict_delitem(d, b));
    CountedType.hash = counted_hash;
    failing = false;
    ck_assert_uint_eq(dict_size(d), 1);
    ck_assert_ptr_eq(dict_getitem(d, b), v);
    decref(a), decref(b), decref(v), decref(d);
    ck_assert_nothing_alive();
}
END_TEST

/* A general table keeps its keys' hashes: growing never hashes a key again,
 * and keys whose hashes differ are never compared (CPython calls __hash__
 * once per operation, and __eq__ only on equal hashes). */
START_TEST(a_general_table_keeps_its_hashes)
{
    Object *d = dict_new();
    Object *a = object_new(&CountedType, 0);
    dict_setitem(d, a, a);
    hash_calls = equal_calls = 0;
    set_ints(d, 0, 100, true); /* grows the table to 256 slots */
    ck_assert_int_eq(hash_calls, 0);
    /* 7 + 256 starts its probe at a's slot, 7, and a is not compared */
    equal_calls = 0;
    Object *beyond = int_new(7 + 256);
    ck_assert_ptr_null(dict_getitem(d, beyond));
    ck_assert_int_eq(equal_calls, 0);
    Object *copy = dict_new();
    ck_assert(dict_merge(copy, d));
    ck_assert_uint_eq(dict_size(copy), 101);
    ck_assert_int_eq(hash_calls, 0);
    /* popitem takes the last pair, found by its stored hash */
    Object *key, *value;
    ck_assert(table_popitem(&((Dict *)copy)->table, &key, &value));
    ck_assert_int_eq(int_value(key), 99);
    decref(key), decref(value);
    ck_assert_uint_eq(dict_size(copy), 100);
    ck_assert_int_eq(hash_calls, 0);
    ck_assert_ptr_eq(dict_getitem(copy, a), a); /* the index is whole */
    decref(beyond), decref(a), decref(copy), decref(d);
    ck_assert_nothing_alive();
}
END_TEST

static void list_as_key(void)
{
    dict_setitem(dict_new(), list_new(), int_new(0));
}

static void getitem_of_a_list(void)
{
    dict_getitem(list_new(), int_new(0));
}

START_TEST(misuse_of_a_dict_is_a_clear_error)
{
    assert_misuse(list_as_key, "unhashable type used as a key: list object");
    assert_misuse(getitem_of_a_list, "expected a dict: list object");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("dict");
    TCase *tc = tcase_create("dict");
    tcase_add_test(tc, setitem_adds_references_to_key_and_value);
    tcase_add_test(tc, equal_keys_find_the_same_entry);
    tcase_add_test(tc, iteration_follows_insertion_order_across_deletes_and_growth);
    tcase_add_test(tc, deleting_from_an_empty_dict_finds_nothing);
    tcase_add_test(tc, traverse_visits_values_and_only_non_str_keys);
    tcase_add_test(tc, an_object_is_a_key_by_identity);
    tcase_add_test(tc, a_type_can_hash_and_compare_its_keys);
    tcase_add_test(tc, a_failing_hash_or_equal_changes_nothing);
    tcase_add_test(tc, a_general_table_keeps_its_hashes);
    tcase_add_test(tc, clear_releases_every_entry);
    tcase_add_test(tc, a_comparison_that_rebuilds_the_dict_restarts_the_lookup);
    tcase_add_test(tc, a_comparison_that_deletes_the_entry_restarts_the_lookup);
    tcase_add_test(tc, misuse_of_a_dict_is_a_clear_error);
    suite_add_tcase(s, tc);
    return s;
}
