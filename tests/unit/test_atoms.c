/* Atomic types, int and str: they hold no references (chapter 1). */
#include <string.h>

#include "harness.h"

START_TEST(an_int_holds_its_value)
{
    Object *n = int_new(-42);
    ck_assert_int_eq(int_value(n), -42);
    ck_assert_str_eq(type_name(n), "int");
    decref(n);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_str_holds_its_bytes_and_a_terminating_nul)
{
    Object *s = str_from_bytes("a\0b", 3);
    ck_assert_uint_eq(str_length(s), 3);
    ck_assert_int_eq(memcmp(str_chars(s), "a\0b", 4), 0);
    decref(s);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(equal_strings_hash_alike)
{
    Object *a = str_new("spam");
    Object *b = str_new("spam");
    Object *c = str_new("eggs");
    ck_assert_uint_eq(str_hash(a), str_hash(b));
    ck_assert_uint_ne(str_hash(a), str_hash(c));
    decref(a);
    decref(b);
    decref(c);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(atoms_are_not_containers)
{
    ck_assert_uint_eq(IntType.flags & TYPE_GC, 0);
    ck_assert_uint_eq(StrType.flags & TYPE_GC, 0);
    ck_assert(IntType.traverse == NULL);
    ck_assert(StrType.traverse == NULL);
    ck_assert_nothing_alive();
}
END_TEST

static void int_value_of_a_str(void)
{
    int_value(str_new("7"));
}

static void str_chars_of_an_int(void)
{
    str_chars(int_new(7));
}

START_TEST(reading_the_wrong_type_is_a_clear_error)
{
    assert_misuse(int_value_of_a_str, "int_value: expected an int: str object");
    assert_misuse(str_chars_of_an_int, "expected a str: int object");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("atoms");
    TCase *tc = tcase_create("atoms");
    tcase_add_test(tc, an_int_holds_its_value);
    tcase_add_test(tc, a_str_holds_its_bytes_and_a_terminating_nul);
    tcase_add_test(tc, equal_strings_hash_alike);
    tcase_add_test(tc, atoms_are_not_containers);
    tcase_add_test(tc, reading_the_wrong_type_is_a_clear_error);
    suite_add_tcase(s, tc);
    return s;
}
