/* Graded tests of the chapter 3 exercise gc_report
 * (exercises/03-generations/gc_report.c).
 *
 * Each test runs a scripted sequence of allocations and collections, has
 * the student's report written to a memory stream, and compares its text
 * with the table expected, worked out by hand in the comments. */
#include "graded.h"

#include "gc_state.h"

STUDENT_WRITES void my_gc_report(FILE *out);

static void gc_report_is_defined(void)
{
    ck_assert_defined(my_gc_report);
}

#define HEADER                                                               \
    "gen     count threshold   objects collections collected uncollectable\n"

/* The student's report, as a string the caller frees. */
static char *report(void)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    ck_assert_ptr_nonnull(out);
    my_gc_report(out);
    ck_assert_int_eq(fclose(out), 0);
    return text;
}

enum { REPORT_LINE_MAX = 160 };

/* Line `number` (from 1) of text, without its newline; "(none)" past the
 * end. */
static const char *line_of(const char *text, size_t number, char *line)
{
    for (size_t n = 1; n < number && text != NULL; n++) {
        text = strchr(text, '\n');
        text = text ? text + 1 : NULL;
    }
    if (text == NULL || *text == '\0')
        return "(none)";
    size_t length = strcspn(text, "\n");
    if (length >= REPORT_LINE_MAX)
        length = REPORT_LINE_MAX - 1;
    memcpy(line, text, length);
    line[length] = '\0';
    return line;
}

/* The first line where two texts differ. */
static size_t first_difference(const char *got, const char *expected)
{
    size_t line = 1;
    for (size_t i = 0; got[i] == expected[i] && got[i] != '\0'; i++)
        line += got[i] == '\n';
    return line;
}

/* got is the expected text; else the first line that differs, then the
 * whole of both (in the test's log).  A macro, so that a failure names the
 * test's line. */
#define ck_assert_text(got, expected)                                        \
    do {                                                                     \
        size_t line_ = first_difference(got, expected);                      \
        char got_line_[REPORT_LINE_MAX], expected_line_[REPORT_LINE_MAX];    \
        ck_assert_msg(strcmp(got, expected) == 0, "line %zu of the report "  \
                      "is \"%s\", expected \"%s\"\nexpected:\n%s--- "       \
                      "got:\n%s---", line_,                                  \
                      line_of(got, line_, got_line_),                        \
                      line_of(expected, line_, expected_line_), expected,    \
                      got);                                                  \
    } while (0)

#define ck_assert_report(expected)                                           \
    do {                                                                     \
        char *got_ = report();                                               \
        ck_assert_text(got_, expected);                                      \
        free(got_);                                                          \
    } while (0)

/* A list that holds itself, dropped: one unreachable object. */
static void make_garbage(void)
{
    Object *garbage = list_new();
    list_append(garbage, garbage);
    decref(garbage);
}

START_TEST(a_fresh_collector)
{
    ck_assert_report(HEADER
    "  0         0       700         0           0         0             0\n"
    "  1         0        10         0           0         0             0\n"
    "  2         0        10         0           0         0             0\n"
    "objects in permanent generation: 0\n");
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(after_a_scripted_sequence_of_collections)
{
    Object *a = list_new(), *b = list_new();
    make_garbage();
    /* Finds the garbage; a and b move to generation 1; counts (0, 1, 0). */
    ck_assert_int_eq(gc_collect_generation(0), 1);
    Object *c = list_new();
    make_garbage();
    make_garbage();
    /* Collects 0 and 1: finds 2; a, b, c move to 2; counts (0, 0, 1). */
    ck_assert_int_eq(gc_collect_generation(1), 2);
    Object *d = list_new();
    make_garbage();
    /* Finds 1; d moves to generation 1; counts (0, 1, 1). */
    ck_assert_int_eq(gc_collect_generation(0), 1);
    Object *e = list_new(); /* counts (1, 1, 1) */
    gc_set_threshold(0, 500);
    ck_assert_report(HEADER
    "  0         1       500         1           2         2             0\n"
    "  1         1        10         1           1         2             0\n"
    "  2         1        10         3           0         0             0\n"
    "objects in permanent generation: 0\n");
    /* A full collection: nothing to find, all five in the oldest. */
    ck_assert_int_eq(gc_collect(), 0);
    gc_set_threshold(2, 25);
    ck_assert_report(HEADER
    "  0         0       500         0           2         2             0\n"
    "  1         0        10         0           1         2             0\n"
    "  2         0        25         5           1         0             0\n"
    "objects in permanent generation: 0\n");
    decref(a);
    decref(b);
    decref(c);
    decref(d);
    decref(e);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(frozen_objects_are_counted_apart)
{
    Object *a = list_new(), *b = list_new(), *c = list_new();
    gc_freeze(); /* all three, and generation 0's count is 0 */
    Object *d = list_new();
    ck_assert_report(HEADER
    "  0         1       700         1           0         0             0\n"
    "  1         0        10         0           0         0             0\n"
    "  2         0        10         0           0         0             0\n"
    "objects in permanent generation: 3\n");
    gc_unfreeze();
    decref(a);
    decref(b);
    decref(c);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_report_changes_nothing)
{
    enum { OBJECTS = 3 };
    Object *objects[OBJECTS];
    for (size_t i = 0; i < OBJECTS; i++)
        objects[i] = list_new();
    /* Generation 0's count at its threshold: one more container allocated
     * would start a collection. */
    gc_set_threshold(0, OBJECTS);
    const char *expected = HEADER
    "  0         3         3         3           0         0             0\n"
    "  1         0        10         0           0         0             0\n"
    "  2         0        10         0           0         0             0\n"
    "objects in permanent generation: 0\n";
    char *first = report();
    ck_assert_msg(gc_get_count(0) == OBJECTS &&
                  gc_get_stats(0).collections == 0, "the report allocated a "
                  "container and started a collection: count the objects "
                  "on their list instead");
    ck_assert_text(first, expected);
    free(first);
    ck_assert_report(expected); /* and again: nothing changed */
    for (size_t i = 0; i < OBJECTS; i++)
        decref(objects[i]);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_fresh_collector, 1},
        {after_a_scripted_sequence_of_collections, 3},
        {frozen_objects_are_counted_apart, 1},
        {the_report_changes_nothing, 2},
    };
    return graded_suite("gc_report", graded, GRADED_COUNT(graded),
                        gc_report_is_defined);
}
