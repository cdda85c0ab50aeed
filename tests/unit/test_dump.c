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

static DumpMark name_lists(const Object *op, void *arg)
{
    (void)arg;
    return (DumpMark){.note = op->type == &ListType ? "the \"list\"" : NULL};
}

START_TEST(a_note_adds_a_line_to_the_objects_it_names)
{
    Object *l = list_new();
    Object *n = int_new(1);
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    dump_picture(out, &(Picture){.objects = (Object *[]){l, n}, .count = 2, .mark = name_lists});
    fclose(out);
    ck_assert_ptr_nonnull(strstr(text, "list\\nrefcount 1\\nthe \\\"list\\\"\"]"));
    ck_assert_ptr_nonnull(strstr(text, "int 1\\nrefcount 1\"]"));
    free(text);
    decref(l);
    decref(n);
    ck_assert_nothing_alive();
}
END_TEST

/* How many arrows of kind ref or holder end at `op` in a picture. */
static size_t arrows_into(const char *dot, const Object *op)
{
    char ref[64], held[64];
    snprintf(ref, sizeof ref, "-> o%p [kind=ref", (const void *)op);
    snprintf(held, sizeof held, "-> o%p [kind=holder", (const void *)op);
    return occurrences(dot, ref) + occurrences(dot, held);
}

static char *picture_of(const Picture *picture)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    dump_picture(out, picture);
    fclose(out);
    return text;
}

START_TEST(holders_are_nodes_whose_arrows_make_up_the_counts)
{
    /* l holds n twice; two variables hold l, one of them n too. */
    Object *l = list_new();
    Object *n = list_new();
    list_append(l, n);
    list_append(l, n);
    Object *also_l = newref(l);
    DumpHolder holders[] = {{"variable l", l}, {"variable also_l", also_l}, {"variable n", n}};
    char *dot = picture_of(&(Picture){.objects = (Object *[]){l, n}, .count = 2,
                                      .holders = holders, .nholders = 3});
    ck_assert_uint_eq(arrows_into(dot, l), (size_t)l->refcnt);
    ck_assert_uint_eq(arrows_into(dot, n), (size_t)n->refcnt);
    ck_assert_uint_eq(occurrences(dot, "shape=plaintext"), 3);
    free(dot);
    decref(also_l);
    decref(l);
    decref(n);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(holders_of_one_name_are_one_node)
{
    Object *a = list_new();
    Object *b = list_new();
    DumpHolder holders[] = {{"frame of f", a}, {"frame of f", b}};
    char *dot = picture_of(&(Picture){.objects = (Object *[]){a, b}, .count = 2,
                                      .holders = holders, .nholders = 2});
    ck_assert_uint_eq(occurrences(dot, "label=\"frame of f\""), 1);
    ck_assert_uint_eq(occurrences(dot, "holder0 -> o"), 2);
    free(dot);
    decref(a);
    decref(b);
    ck_assert_nothing_alive();
}
END_TEST

//> 2 dump_lists_test
/* At the end of move_unreachable: both lists, in order, each object marked
 * by the side it is on. */
typedef struct Split {
    Object *objects[3];
    char *dot;
} Split;

static DumpMark mark_side(const Object *op, void *arg)
{
    (void)arg;
    return (DumpMark){.state = gc_is_collecting(as_gc(op)) ? DUMP_TENTATIVE : DUMP_REACHABLE};
}

static void draw_split(GCPhase phase, GCHead *collected, GCHead *unreachable, void *arg)
{
    Split *s = arg;
    if (phase != GC_PHASE_MOVE_UNREACHABLE)
        return;
    DumpList lists[] = {{"collected", collected}, {"unreachable", unreachable}};
    s->dot = picture_of(&(Picture){.objects = s->objects, .count = 3, .mark = mark_side,
                                   .holders = &(DumpHolder){"variable kept", s->objects[0]},
                                   .nholders = 1, .lists = lists, .nlists = 2,
                                   .freed = (const char *[]){"a ghost"}, .nfreed = 1});
}

START_TEST(lists_are_chains_in_order_and_states_have_a_legend)
{
    /* kept, made first, survives; x <-> y are garbage. */
    Object *kept = list_new(), *x = list_new(), *y = list_new();
    list_append(x, y);
    list_append(y, x);
    decref(x);
    decref(y);
    Split s = {{kept, x, y}, NULL};
    gc_set_trace(draw_split, &s);
    ck_assert_int_eq(gc_collect(), 2);
    gc_set_trace(NULL, NULL);
    char chain[128];
    snprintf(chain, sizeof chain, "list0 -> o%p [kind=list", (const void *)kept);
    ck_assert_ptr_nonnull(strstr(s.dot, chain));
    snprintf(chain, sizeof chain, "list1 -> o%p -> o%p [kind=list", (const void *)x,
             (const void *)y);
    ck_assert_ptr_nonnull(strstr(s.dot, chain));
    /* a fill and a line style for each state, and a legend of the three */
    ck_assert_uint_eq(occurrences(s.dot, "rounded,filled,bold"), 2);
    ck_assert_uint_eq(occurrences(s.dot, "rounded,filled,dashed"), 3);
    ck_assert_uint_eq(occurrences(s.dot, "rounded,dotted"), 2);
    ck_assert_ptr_nonnull(strstr(s.dot, "label=\"a ghost\""));
    ck_assert_ptr_nonnull(strstr(s.dot, "label=\"on the unreachable list\""));
    ck_assert_ptr_nonnull(strstr(s.dot, "label=\"freed\""));
    ck_assert_ptr_null(strstr(s.dot, "not scanned yet"));
    ck_assert_uint_eq(arrows_into(s.dot, kept), 1);
    free(s.dot);
    decref(kept);
    ck_assert_nothing_alive();
}
END_TEST
//< 2 dump_lists_test

Suite *suite(void)
{
    Suite *s = suite_create("dump");
    TCase *tc = tcase_create("dump");
    tcase_add_test(tc, each_object_is_a_node_with_its_type_and_count);
    tcase_add_test(tc, references_leaving_the_set_are_not_drawn);
    tcase_add_test(tc, a_note_adds_a_line_to_the_objects_it_names);
    tcase_add_test(tc, holders_are_nodes_whose_arrows_make_up_the_counts);
    tcase_add_test(tc, holders_of_one_name_are_one_node);
//> 2 dump_lists_test
    tcase_add_test(tc, lists_are_chains_in_order_and_states_have_a_legend);
//< 2 dump_lists_test
    suite_add_tcase(s, tc);
    return s;
}
