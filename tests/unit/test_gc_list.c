/* The doubly linked lists of GC heads (chapter 2). */
#include "harness.h"

START_TEST(append_move_and_remove_keep_the_list_linked_both_ways)
{
    GCHead a_list, b_list, x, y, z;
    gc_list_init(&a_list);
    gc_list_init(&b_list);
    ck_assert(gc_list_is_empty(&a_list));
    gc_list_append(&x, &a_list);
    gc_list_append(&y, &a_list);
    gc_list_append(&z, &a_list);
    ck_assert_uint_eq(gc_list_size(&a_list), 3);
    ck_assert_ptr_eq(gc_prev(&z), &y);
    gc_list_move(&y, &b_list);
    ck_assert_ptr_eq(gc_next(&x), &z);
    ck_assert_ptr_eq(gc_prev(&z), &x);
    ck_assert_ptr_eq(gc_next(&b_list), &y);
    gc_list_remove(&x);
    ck_assert_uint_eq(x.next, 0);
    ck_assert_ptr_eq(gc_next(&a_list), &z);
    ck_assert_ptr_eq(gc_prev(&a_list), &z);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(merge_appends_one_list_to_another_and_empties_it)
{
    GCHead a_list, b_list, x, y;
    gc_list_init(&a_list);
    gc_list_init(&b_list);
    gc_list_merge(&b_list, &a_list); /* merging an empty list changes nothing */
    ck_assert(gc_list_is_empty(&a_list));
    gc_list_append(&x, &a_list);
    gc_list_append(&y, &b_list);
    gc_list_merge(&b_list, &a_list);
    ck_assert(gc_list_is_empty(&b_list));
    ck_assert_uint_eq(gc_list_size(&a_list), 2);
    ck_assert_ptr_eq(gc_next(&x), &y);
    ck_assert_ptr_eq(gc_prev(&a_list), &y);
    ck_assert_ptr_eq(gc_next(&y), &a_list);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(gc_refs_and_flags_share_one_word)
{
    GCHead g = {0, 0};
    g.prev = PREV_FINALIZED | PREV_COLLECTING;
    gc_set_refs(&g, 12345);
    ck_assert_int_eq(gc_get_refs(&g), 12345);
    gc_decref(&g);
    ck_assert_int_eq(gc_get_refs(&g), 12344);
    ck_assert(gc_is_collecting(&g));
    ck_assert_uint_eq(g.prev & PREV_FINALIZED, PREV_FINALIZED);
    ck_assert_uint_eq(sizeof(GCHead), 2 * sizeof(void *));
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("gc_list");
    TCase *tc = tcase_create("gc_list");
    tcase_add_test(tc, append_move_and_remove_keep_the_list_linked_both_ways);
    tcase_add_test(tc, merge_appends_one_list_to_another_and_empties_it);
    tcase_add_test(tc, gc_refs_and_flags_share_one_word);
    suite_add_tcase(s, tc);
    return s;
}
