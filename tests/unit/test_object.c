/* The object header and reference counting (chapter 1). */
#include "harness.h"

START_TEST(a_new_object_has_one_reference_owned_by_its_creator)
{
    Object *n = int_new(7);
    ck_assert_int_eq(n->refcnt, 1);
    ck_assert_ptr_eq(n->type, &IntType);
    decref(n);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(incref_and_decref_count_references)
{
    Object *l = list_new();
    incref(l);
    ck_assert_int_eq(l->refcnt, 2);
    ck_assert_ptr_eq(newref(l), l);
    ck_assert_int_eq(l->refcnt, 3);
    decref(l);
    decref(l);
    ck_assert_int_eq(l->refcnt, 1);
    ck_assert_uint_eq(account_total().live_objects, 1);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(xdecref_accepts_null)
{
    xdecref(NULL);
    xdecref(str_new("gone"));
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(object_size_counts_the_items_of_variable_size_objects)
{
    Object *s = str_new("four");
    ck_assert_uint_eq(object_size(s), sizeof(Str) + 4 + 1);
    ck_assert_uint_eq(account_total().live_bytes, object_size(s));
    decref(s);
    ck_assert_nothing_alive();
}
END_TEST

static void incref_after_free(void)
{
    Object *l = list_new();
    decref(l);
    incref(l);
}

START_TEST(a_use_after_free_is_named_in_a_debug_build)
{
#ifdef NDEBUG
    ck_abort_msg("this test needs a debug build");
#endif
    assert_misuse(incref_after_free, "incref after free: list object at");
    ck_assert_nothing_alive();
}
END_TEST

static void decref_after_free(void)
{
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    decref(node);
    decref(node);
}

START_TEST(a_decref_too_many_names_the_class_of_an_instance)
{
    assert_misuse(decref_after_free, "decref after free: Node object at");
    ck_assert_nothing_alive();
}
END_TEST

/* A type whose dealloc releases the one reference it holds. */
typedef struct Holder {
    Object ob;
    Object *held;
} Holder;

static void holder_dealloc(Object *self)
{
    decref(((Holder *)self)->held);
}

static Type HolderType = {
    .name = "holder",
    .basic_size = sizeof(Holder),
    .dealloc = holder_dealloc,
};

/* The classic mistake of storing a reference without counting it, here
 * one to the holder itself: its dealloc releases it while the count is
 * already zero. */
static void decref_below_zero(void)
{
    Object *h = object_new(&HolderType, 0);
    ((Holder *)h)->held = h;
    decref(h);
}

START_TEST(a_decref_below_zero_is_named)
{
    assert_misuse(decref_below_zero,
                  "decref of an object whose count is already zero: holder object");
    ck_assert_nothing_alive();
}
END_TEST

static void out_of_memory(void)
{
    fatal_out_of_memory("growing a list");
}

START_TEST(running_out_of_memory_is_a_clear_error)
{
    assert_misuse(out_of_memory, "fatal: out of memory growing a list");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("object");
    TCase *tc = tcase_create("refcount");
    tcase_add_test(tc, a_new_object_has_one_reference_owned_by_its_creator);
    tcase_add_test(tc, incref_and_decref_count_references);
    tcase_add_test(tc, xdecref_accepts_null);
    tcase_add_test(tc, object_size_counts_the_items_of_variable_size_objects);
    tcase_add_test(tc, a_use_after_free_is_named_in_a_debug_build);
    tcase_add_test(tc, a_decref_too_many_names_the_class_of_an_instance);
    tcase_add_test(tc, a_decref_below_zero_is_named);
    tcase_add_test(tc, running_out_of_memory_is_a_clear_error);
    suite_add_tcase(s, tc);
    return s;
}
