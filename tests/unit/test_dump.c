/* The heap dumper draws objects and the references among them (chapter 1). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

/* The DOT text for objects[0..count); the caller frees it. */
static char *dot_of(Object *const *objects, size_t count)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    dump_objects(out, objects, count);
    fclose(out);
    return text;
}

static size_t occurrences(const char *text, const char *part)
{
    size_t n = 0;
    for (const char *p = strstr(text, part); p; p = strstr(p + 1, part))
        n++;
    return n;
}

START_TEST(each_object_is_a_node_with_its_type_and_count)
{
    Object *l = list_new();
    Object *n = int_new(42);
    Object *s = str_new("say \"hi\"");
    list_append(l, n);
    char *dot = dot_of((Object *[]){l, n, s}, 3);
    ck_assert_ptr_nonnull(strstr(dot, "digraph heap {"));
    ck_assert_ptr_nonnull(strstr(dot, "list\\nrefcount 1"));
    ck_assert_ptr_nonnull(strstr(dot, "int 42\\nrefcount 2"));
    ck_assert_ptr_nonnull(strstr(dot, "str 'say \\\"hi\\\"'\\nrefcount 1"));
    ck_assert_uint_eq(occurrences(dot, "->"), 1);
    free(dot);
    decref(l);
    decref(n);
    decref(s);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(references_leaving_the_set_are_not_drawn)
{
    Object *cls = class_new("Node", NULL);
    Object *a = instance_new(cls);
    Object *b = instance_new(cls);
    instance_setattr(a, "next", b);
    instance_setattr(b, "next", a);
    char *dot = dot_of((Object *[]){a, b}, 2);
    /* a -> b and b -> a; the arrows to the class are left out. */
    ck_assert_uint_eq(occurrences(dot, "->"), 2);
    ck_assert_uint_eq(occurrences(dot, "Node\\nrefcount 2"), 2);
    free(dot);
    instance_delattr(a, "next");
    decref(a);
    decref(b);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

static const char *name_lists(const Object *op, void *arg)
{
    (void)arg;
    return op->type == &ListType ? "the \"list\"" : NULL;
}

START_TEST(a_note_adds_a_line_to_the_objects_it_names)
{
    Object *l = list_new();
    Object *n = int_new(1);
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    dump_objects_noted(out, (Object *[]){l, n}, 2, name_lists, NULL);
    fclose(out);
    ck_assert_ptr_nonnull(strstr(text, "list\\nrefcount 1\\nthe \\\"list\\\"\"]"));
    ck_assert_ptr_nonnull(strstr(text, "int 1\\nrefcount 1\"]"));
    free(text);
    decref(l);
    decref(n);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("dump");
    TCase *tc = tcase_create("dump");
    tcase_add_test(tc, each_object_is_a_node_with_its_type_and_count);
    tcase_add_test(tc, references_leaving_the_set_are_not_drawn);
    tcase_add_test(tc, a_note_adds_a_line_to_the_objects_it_names);
    suite_add_tcase(s, tc);
    return s;
}
