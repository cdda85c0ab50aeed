/* Counting the live objects by type, their growth, and the shortest chain
 * of references that keeps one alive, as objgraph 3.5 computes them
 * (chapter 7). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

/* A long chain: the search must not cost a heap walk per link. */
#define LONG_CHAIN 100000

static long count_of(Object *stats, const char *name)
{
    Object *key = str_new(name);
    Object *value = dict_getitem(stats, key);
    decref(key);
    return value ? int_value(value) : 0;
}

static Object *tracked_stats(void)
{
    Object *objects = gc_get_objects(-1);
    Object *stats = objgraph_typestats(objects, NULL, NULL);
    decref(objects);
    return stats;
}

START_TEST(typestats_counts_tracked_objects_by_their_type_name)
{
    Object *cls = class_new("Leaf", NULL), *list = list_new(), *number = int_new(7);
    for (int i = 0; i < 3; i++) {
        Object *leaf = instance_new(cls);
        list_append(list, leaf);
        decref(leaf);
    }
    list_append(list, number);
    Object *stats = tracked_stats();
    ck_assert_int_eq(count_of(stats, "Leaf"), 3);
    ck_assert_int_eq(count_of(stats, "list"), 1);
    ck_assert_int_eq(count_of(stats, "type"), 1);
    ck_assert_int_eq(count_of(stats, "int"), 0); /* untracked: objgraph cannot see it */
    decref(stats), decref(number), decref(list), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

static int only_lists(Object *op, void *arg)
{
    (void)arg;
    return op->type == &ListType;
}

static int fails(Object *op, void *arg)
{
    (void)op, (void)arg;
    return -1;
}

START_TEST(typestats_keeps_what_the_filter_keeps_and_stops_when_it_fails)
{
    Object *a = list_new(), *d = dict_new(), *objects = list_new();
    list_append(objects, a), list_append(objects, d);
    Object *stats = objgraph_typestats(objects, only_lists, NULL);
    ck_assert_uint_eq(dict_size(stats), 1);
    ck_assert_int_eq(count_of(stats, "list"), 1);
    ck_assert_ptr_null(objgraph_typestats(objects, fails, NULL));
    decref(stats), decref(objects), decref(a), decref(d);
    ck_assert_nothing_alive();
}
END_TEST

static void set_count(Object *stats, const char *name, long count)
{
    Object *key = str_new(name), *value = int_new(count);
    dict_setitem(stats, key, value);
    decref(key), decref(value);
}

START_TEST(most_common_sorts_by_count_keeping_ties_in_first_seen_order)
{
    Object *stats = dict_new();
    set_count(stats, "tuple", 2);
    set_count(stats, "dict", 5);
    set_count(stats, "list", 2);
    set_count(stats, "Leaf", 9);
    TypeCount rows[4];
    ck_assert_uint_eq(objgraph_most_common(stats, 0, rows), 4);
    const char *expected[] = {"Leaf", "dict", "tuple", "list"};
    for (int i = 0; i < 4; i++)
        ck_assert_str_eq(str_chars(rows[i].name), expected[i]);
    ck_assert_uint_eq(objgraph_most_common(stats, 2, rows), 2);
    ck_assert_uint_eq(objgraph_most_common(stats, -3, rows), 1); /* [:-3] */
    ck_assert_uint_eq(objgraph_most_common(stats, -9, rows), 0);
    decref(stats);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(growth_reports_only_what_passed_its_peak_and_raises_the_peak)
{
    Object *stats = dict_new(), *peak = dict_new();
    set_count(stats, "Leaf", 10);
    set_count(stats, "dict", 4);
    set_count(peak, "dict", 6);
    TypeCount rows[2];
    ck_assert_uint_eq(objgraph_growth(stats, peak, 0, rows), 1);
    ck_assert_str_eq(str_chars(rows[0].name), "Leaf");
    ck_assert_int_eq(rows[0].count, 10);
    ck_assert_int_eq(rows[0].delta, 10);
    ck_assert_int_eq(count_of(peak, "Leaf"), 10);
    ck_assert_int_eq(count_of(peak, "dict"), 6); /* fell: the peak stays */
    ck_assert_uint_eq(objgraph_growth(stats, peak, 0, rows), 0);
    set_count(stats, "Leaf", 12);
    ck_assert_uint_eq(objgraph_growth(stats, peak, 0, rows), 1);
    ck_assert_int_eq(rows[0].delta, 2);
    decref(stats), decref(peak);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_tables_are_printed_as_objgraph_prints_them)
{
    Object *stats = dict_new(), *peak = dict_new();
    set_count(stats, "Leaf", 1234);
    set_count(stats, "builtin_function", 7);
    TypeCount rows[2];
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    objgraph_write_counts(out, rows, objgraph_most_common(stats, 0, rows));
    objgraph_write_growth(out, rows, objgraph_growth(stats, peak, 0, rows));
    fclose(out);
    ck_assert_str_eq(text, "Leaf             1234\n"
                           "builtin_function 7\n"
                           "Leaf                 1234     +1234\n"
                           "builtin_function        7        +7\n");
    free(text);
    decref(stats), decref(peak);
    ck_assert_nothing_alive();
}
END_TEST

static int is_this(Object *op, void *arg)
{
    return op == arg;
}

static const char *chain_types(Object *chain, char *buf, size_t size)
{
    buf[0] = '\0';
    for (size_t i = 0; i < list_size(chain); i++) {
        strncat(buf, type_name(list_getitem(chain, i)), size - strlen(buf) - 2);
        strcat(buf, " ");
    }
    return buf;
}

static const Ignored NONE_IGNORED = {NULL, 0};

START_TEST(the_chain_is_the_shortest_from_the_root)
{
    /* root -> d -> long1 -> long2 -> leaf, and root -> short -> leaf */
    Object *cls = class_new("Leaf", NULL), *leaf = instance_new(cls);
    Object *root = list_new(), *d = dict_new(), *long1 = list_new(), *long2 = list_new(),
           *short_ = list_new();
    list_append(long2, leaf), list_append(long1, long2);
    Object *key = str_new("k");
    dict_setitem(d, key, long1);
    list_append(short_, leaf);
    list_append(root, d), list_append(root, short_);
    Object *chain = objgraph_find_backref_chain(leaf, is_this, root, 20, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), 3);
    ck_assert_ptr_eq(list_getitem(chain, 0), root);
    ck_assert_ptr_eq(list_getitem(chain, 1), short_);
    ck_assert_ptr_eq(list_getitem(chain, 2), leaf);
    decref(chain);
    /* ignoring the short way leaves the long one */
    uintptr_t skip = (uintptr_t)short_;
    chain = objgraph_find_backref_chain(leaf, is_this, root, 20, (Ignored){&skip, 1});
    char buf[128];
    ck_assert_str_eq(chain_types(chain, buf, sizeof buf), "list dict list list Leaf ");
    decref(chain);
    decref(key), decref(root), decref(d), decref(long1), decref(long2), decref(short_);
    decref(leaf), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(of_two_chains_of_one_length_the_first_referrer_in_the_collectors_order_wins)
{
    Object *first = list_new(), *second = list_new(), *root = list_new(), *leaf = list_new();
    list_append(root, second), list_append(root, first);
    list_append(second, leaf), list_append(first, leaf);
    Object *objects = gc_get_objects(-1);
    size_t at_first = 0, at_second = 0;
    for (size_t i = 0; i < list_size(objects); i++) {
        at_first = list_getitem(objects, i) == first ? i : at_first;
        at_second = list_getitem(objects, i) == second ? i : at_second;
    }
    decref(objects);
    Object *chain = objgraph_find_backref_chain(leaf, is_this, root, 20, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), 3);
    ck_assert_ptr_eq(list_getitem(chain, 1), at_first < at_second ? first : second);
    decref(chain);
    decref(root), decref(first), decref(second), decref(leaf);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(no_root_or_max_depth_zero_gives_the_object_alone)
{
    Object *a = list_new(), *b = list_new(), *root = list_new();
    list_append(a, b), list_append(b, a); /* a cycle, reachable from nowhere */
    Object *chain = objgraph_find_backref_chain(a, is_this, root, 20, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), 1);
    ck_assert_ptr_eq(list_getitem(chain, 0), a);
    decref(chain);
    list_append(root, a);
    chain = objgraph_find_backref_chain(b, is_this, root, 0, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), 1);
    decref(chain);
    chain = objgraph_find_backref_chain(root, is_this, root, 0, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), 1); /* the object is its own root */
    decref(chain);
    chain = objgraph_find_backref_chain(b, is_this, root, 2, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), 3);
    decref(chain);
    ck_assert_ptr_null(objgraph_find_backref_chain(b, fails, NULL, 2, NONE_IGNORED));
    Object *number = int_new(12345); /* untracked, held by a tracked list */
    list_append(b, number);
    chain = objgraph_find_backref_chain(number, is_this, root, 5, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), 4);
    decref(chain);
    decref(number), decref(root), decref(a), decref(b);
    ck_assert_int_eq(gc_collect(), 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_chain_of_a_hundred_thousand_links_is_found_whole)
{
    Object *root = list_new(), *link = root;
    for (int i = 0; i < LONG_CHAIN; i++) {
        Object *next = list_new();
        list_append(link, next);
        decref(next);
        link = next;
    }
    Object *chain = objgraph_find_backref_chain(link, is_this, root, LONG_CHAIN + 1, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), LONG_CHAIN + 1);
    ck_assert_ptr_eq(list_getitem(chain, 0), root);
    decref(chain);
    chain = objgraph_find_backref_chain(link, is_this, root, LONG_CHAIN - 1, NONE_IGNORED);
    ck_assert_uint_eq(list_size(chain), 1); /* one link short */
    decref(chain);
    decref(root);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_leaking_objects_are_those_no_tracked_object_refers_to)
{
    Object *outer = list_new(), *inner = list_new(), *alone = dict_new();
    list_append(outer, inner);
    Object *objects = list_new();
    list_append(objects, outer), list_append(objects, inner), list_append(objects, alone);
    Object *leaking = objgraph_leaking_objects(objects);
    ck_assert_uint_eq(list_size(leaking), 2);
    ck_assert_ptr_eq(list_getitem(leaking, 0), outer);
    ck_assert_ptr_eq(list_getitem(leaking, 1), alone);
    decref(leaking), decref(objects), decref(outer), decref(inner), decref(alone);
    ck_assert_nothing_alive();
}
END_TEST

static char *backrefs_text(Object *target, const BackrefsStyle *style, long *nodes)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    *nodes = objgraph_write_backrefs(out, &target, 1, style);
    fclose(out);
    return text;
}

START_TEST(the_graph_draws_each_referrer_up_to_too_many_then_counts_the_rest)
{
    Object *target = list_new(), *holders[5], *d = dict_new(), *key = str_new("name");
    for (int i = 0; i < 5; i++) {
        holders[i] = list_new();
        list_append(holders[i], target);
    }
    dict_setitem(d, key, target);
    BackrefsStyle style = {NULL, NULL, NULL, NULL, 1, 3, NONE_IGNORED};
    long nodes;
    char *text = backrefs_text(target, &style, &nodes);
    ck_assert_int_eq(nodes, 4); /* the target and three of its six referrers */
    ck_assert_ptr_nonnull(strstr(text, "digraph ObjectGraph {\n"));
    ck_assert_ptr_nonnull(strstr(text, "[label=\"3 more backreferences\""));
    ck_assert_ptr_nonnull(strstr(text, "[fillcolor=\"0,0,0.3\"]"));
    free(text);
    style.too_many = 10;
    text = backrefs_text(target, &style, &nodes);
    ck_assert_int_eq(nodes, 7);
    ck_assert_ptr_nonnull(strstr(text, " [label=\"name\",weight=2];"));
    ck_assert_ptr_null(strstr(text, "more backreferences"));
    free(text);
    style.max_depth = 0;
    text = backrefs_text(target, &style, &nodes);
    ck_assert_int_eq(nodes, 1);
    ck_assert_ptr_nonnull(strstr(text, "[fillcolor=\"0,0,1\"]")); /* no division by 0 */
    free(text);
    for (int i = 0; i < 5; i++)
        decref(holders[i]);
    decref(d), decref(key), decref(target);
    ck_assert_nothing_alive();
}
END_TEST

static Object *failing_label(Object *op, void *arg)
{
    (void)op, (void)arg;
    return NULL;
}

START_TEST(a_failing_callback_ends_the_graph_with_an_error)
{
    Object *target = list_new(), *holder = list_new();
    list_append(holder, target);
    BackrefsStyle style = {failing_label, NULL, NULL, NULL, 3, 10, NONE_IGNORED};
    long nodes;
    free(backrefs_text(target, &style, &nodes));
    ck_assert_int_eq(nodes, -1);
    style = (BackrefsStyle){NULL, fails, NULL, NULL, 3, 10, NONE_IGNORED};
    free(backrefs_text(target, &style, &nodes));
    ck_assert_int_eq(nodes, -1);
    decref(holder), decref(target);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("objgraph");
    TCase *tc = tcase_create("objgraph");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, typestats_counts_tracked_objects_by_their_type_name);
    tcase_add_test(tc, typestats_keeps_what_the_filter_keeps_and_stops_when_it_fails);
    tcase_add_test(tc, most_common_sorts_by_count_keeping_ties_in_first_seen_order);
    tcase_add_test(tc, growth_reports_only_what_passed_its_peak_and_raises_the_peak);
    tcase_add_test(tc, the_tables_are_printed_as_objgraph_prints_them);
    tcase_add_test(tc, the_chain_is_the_shortest_from_the_root);
    tcase_add_test(tc, of_two_chains_of_one_length_the_first_referrer_in_the_collectors_order_wins);
    tcase_add_test(tc, no_root_or_max_depth_zero_gives_the_object_alone);
    tcase_add_test(tc, a_chain_of_a_hundred_thousand_links_is_found_whole);
    tcase_add_test(tc, the_leaking_objects_are_those_no_tracked_object_refers_to);
    tcase_add_test(tc, the_graph_draws_each_referrer_up_to_too_many_then_counts_the_rest);
    tcase_add_test(tc, a_failing_callback_ends_the_graph_with_an_error);
    suite_add_tcase(s, tc);
    return s;
}
