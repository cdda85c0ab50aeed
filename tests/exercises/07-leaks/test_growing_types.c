/* Graded tests of the chapter 7 exercise growing_types
 * (exercises/07-leaks/growing_types.c).
 *
 * Counts by type drawn at random (random_inputs.h): some types grow, some
 * shrink, some are new, growths tie often.  The expected names are
 * computed here, by objgraph's rule written out plainly. */
#include "graded.h"

#include "random_inputs.h"

STUDENT_WRITES Object *my_growing_types(Object *before, Object *after, long limit);

#define CASES 100
#define TYPES_MAX 12
#define COUNT_MAX 6 /* small counts: equal growths are common */

static void growing_types_is_defined(void)
{
    ck_assert_defined(my_growing_types);
}

static void set_count(Object *stats, Object *name, long count)
{
    Object *value = int_new(count);
    dict_setitem(stats, name, value);
    decref(value);
}

/* Random counts before and after, with names in a random order in each. */
static void draw_counts(Object *before, Object *after)
{
    long types = random_between(1, TYPES_MAX);
    for (long t = 0; t < types; t++) {
        char text[16];
        snprintf(text, sizeof text, "T%ld", random_between(0, 3 * TYPES_MAX));
        Object *name = str_new(text);
        if (random_between(0, 3) > 0)
            set_count(before, name, random_between(0, COUNT_MAX));
        set_count(after, name, random_between(0, COUNT_MAX));
        decref(name);
    }
}

static long growth_of(Object *before, Object *after, Object *name)
{
    Object *then = dict_getitem(before, name), *now = dict_getitem(after, name);
    return int_value(now) - (then ? int_value(then) : 0);
}

/* objgraph's order by selection: the largest growth, the earliest name. */
static Object *expected_names(Object *before, Object *after, long limit)
{
    Object *names = list_new();
    bool taken[3 * TYPES_MAX + 1] = {false};
    for (;;) {
        size_t pos = 0, at = 0, best_at = 0;
        Object *name, *value, *best = NULL;
        long best_growth = 0;
        while (dict_next(after, &pos, &name, &value)) {
            long growth = growth_of(before, after, name);
            if (!taken[at] && growth > best_growth)
                best = name, best_growth = growth, best_at = at;
            at++;
        }
        if (best == NULL)
            break;
        taken[best_at] = true;
        list_append(names, best);
    }
    size_t n = list_size(names);
    size_t kept = limit > 0 ? ((size_t)limit < n ? (size_t)limit : n)
                : limit < 0 ? ((size_t)-limit < n ? n - (size_t)-limit : 0) : n;
    while (list_size(names) > kept)
        decref(list_pop(names, list_size(names) - 1));
    return names;
}

static void check_case(long limit)
{
    Object *before = dict_new(), *after = dict_new();
    draw_counts(before, after);
    size_t before_size = dict_size(before);
    Object *expected = expected_names(before, after, limit);
    Object *got = my_growing_types(before, after, limit);
    ck_assert_msg(got != NULL, "my_growing_types returned NULL (%s)", replay());
    ck_assert_msg(list_size(got) == list_size(expected),
                  "limit %ld: %zu names, expected %zu (%s)", limit, list_size(got),
                  list_size(expected), replay());
    for (size_t i = 0; i < list_size(got); i++)
        ck_assert_msg(strcmp(str_chars(list_getitem(got, i)),
                             str_chars(list_getitem(expected, i))) == 0,
                      "limit %ld: name %zu is %s, expected %s (%s)", limit, i,
                      str_chars(list_getitem(got, i)), str_chars(list_getitem(expected, i)),
                      replay());
    ck_assert_msg(dict_size(before) == before_size, "before was changed");
    decref(got), decref(expected), decref(before), decref(after);
}

START_TEST(the_types_that_grew_come_largest_growth_first)
{
    for (int i = 0; i < CASES; i++)
        check_case(0);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(limit_cuts_the_list_as_a_python_slice_does)
{
    for (int i = 0; i < CASES; i++)
        check_case(random_between(-3, 5));
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_type_new_since_before_grew_by_all_of_it)
{
    Object *before = dict_new(), *after = dict_new(), *leaf = str_new("Leaf"),
           *dict = str_new("dict");
    set_count(before, dict, 10);
    set_count(after, dict, 12);
    set_count(after, leaf, 3);
    Object *got = my_growing_types(before, after, 0);
    ck_assert_msg(got != NULL && list_size(got) == 2 &&
                      strcmp(str_chars(list_getitem(got, 0)), "Leaf") == 0,
                  "Leaf (0 -> 3) grew more than dict (10 -> 12): expected [Leaf, dict]");
    decref(got), decref(before), decref(after), decref(leaf), decref(dict);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {the_types_that_grew_come_largest_growth_first, 2},
        {limit_cuts_the_list_as_a_python_slice_does, 1},
        {a_type_new_since_before_grew_by_all_of_it, 1},
    };
    return graded_suite("growing_types", graded, GRADED_COUNT(graded),
                        growing_types_is_defined);
}
