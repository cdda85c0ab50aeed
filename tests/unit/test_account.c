/* The allocation account (chapter 1). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

/* What account_report prints; the caller frees it. */
static char *report(void)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    account_report(out);
    fclose(out);
    return text;
}

START_TEST(the_account_counts_objects_and_bytes_by_type)
{
    Account before = ListType.account;
    Object *a = list_new();
    Object *b = list_new();
    ck_assert_uint_eq(ListType.account.live_objects, before.live_objects + 2);
    ck_assert_uint_eq(ListType.account.live_bytes,
                      before.live_bytes + object_size(a) + object_size(b));
    ck_assert_uint_eq(account_total().live_objects, 2);
    decref(a);
    decref(b);
    ck_assert_uint_eq(ListType.account.allocations, before.allocations + 2);
    ck_assert_uint_eq(ListType.account.deallocations, before.deallocations + 2);
    ck_assert_nothing_alive();
    ck_assert_uint_eq(account_total().live_bytes, 0);
}
END_TEST

START_TEST(instances_are_counted_under_their_class)
{
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    Type *node_type = node->type;
    ck_assert_str_eq(node_type->name, "Node");
    ck_assert_uint_eq(node_type->account.live_objects, 1);
    decref(node);
    ck_assert_uint_eq(node_type->account.live_objects, 0);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_report_lists_the_types_with_live_objects)
{
    Object *cls = class_new("Gadget", NULL);
    Object *gadget = instance_new(cls);
    Object *s = str_new("x");
    char *text = report();
    ck_assert_ptr_nonnull(strstr(text, "Gadget"));
    ck_assert_ptr_nonnull(strstr(text, "str"));
    ck_assert_ptr_null(strstr(text, "dict"));
    ck_assert_ptr_nonnull(strstr(text, "total"));
    free(text);
    decref(gadget);
    decref(s);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_freed_class_leaves_the_report)
{
    Object *cls = class_new("Ephemeral", NULL);
    Object *e = instance_new(cls);
    decref(e);
    decref(cls);
    char *text = report();
    ck_assert_ptr_null(strstr(text, "Ephemeral"));
    free(text);
    ck_assert_uint_eq(account_total().allocations,
                      account_total().deallocations);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("account");
    TCase *tc = tcase_create("account");
    tcase_add_test(tc, the_account_counts_objects_and_bytes_by_type);
    tcase_add_test(tc, instances_are_counted_under_their_class);
    tcase_add_test(tc, the_report_lists_the_types_with_live_objects);
    tcase_add_test(tc, a_freed_class_leaves_the_report);
    suite_add_tcase(s, tc);
    return s;
}
