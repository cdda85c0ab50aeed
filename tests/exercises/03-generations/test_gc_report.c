/* Graded tests of the chapter 3 exercise gc_report
 * (exercises/03-generations/gc_report.c).
 *
 * Each test runs a scripted sequence of allocations and collections, has
 * the student's report written to a memory stream, and compares its text
 * with the table expected, worked out by hand in the comments.  The
 * thresholds and numbers of objects that a script sets are drawn at random
 * (random_inputs.h), and the last test draws every figure, so that no
 * report can know its text in advance. */
#include "graded.h"

#include "gc_state.h"
#include "random_inputs.h"

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

/* got is the expected text; else the first line that differs, with
 * `note` after it in brackets unless it is empty, then the whole of both
 * (in the test's log).  A macro, so that a failure names the test's line. */
#define ck_assert_text_noted(got, expected, note)                            \
    do {                                                                     \
        size_t line_ = first_difference(got, expected);                      \
        char got_line_[REPORT_LINE_MAX], expected_line_[REPORT_LINE_MAX];    \
        ck_assert_msg(strcmp(got, expected) == 0, "line %zu of the report "  \
                      "is \"%s\", expected \"%s\"%s%s%s\nexpected:\n%s--- " \
                      "got:\n%s---", line_,                                  \
                      line_of(got, line_, got_line_),                        \
                      line_of(expected, line_, expected_line_),              \
                      *(note) ? " (" : "", note, *(note) ? ")" : "",         \
                      expected, got);                                        \
    } while (0)

#define ck_assert_report_noted(expected, note)                               \
    do {                                                                     \
        char *got_ = report();                                               \
        ck_assert_text_noted(got_, expected, note);                          \
        free(got_);                                                          \
    } while (0)

#define ck_assert_report(expected) ck_assert_report_noted(expected, "")

/* The ranges drawn: objects per generation (and frozen), and every count,
 * threshold and statistic. */
enum { DRAWN_OBJECTS_MAX = 20, DRAWN_FIGURE_MAX = 100000 };

/* Where the objects drawn go: each generation, then the permanent one. */
enum { PLACES = NUM_GENERATIONS + 1, FROZEN = NUM_GENERATIONS };

typedef struct DrawnHeap {
    size_t count[PLACES];
    Object *objects[PLACES][DRAWN_OBJECTS_MAX];
} DrawnHeap;

/* New lists, a random number of them (at least `fewest`), left in
 * generation 0. */
static void draw_objects(DrawnHeap *heap, int place, long fewest)
{
    heap->count[place] = (size_t)random_between(fewest, DRAWN_OBJECTS_MAX);
    for (size_t i = 0; i < heap->count[place]; i++)
        heap->objects[place][i] = list_new();
}

/* The frozen objects first, then each generation's, oldest first: each
 * batch is moved out of generation 0 before the next is made. */
static void draw_heap(DrawnHeap *heap)
{
    draw_objects(heap, FROZEN, 0);
    gc_freeze();
    for (int g = GC_OLDEST; g >= 0; g--) {
        draw_objects(heap, g, 0);
        if (g > 0)
            gc_list_merge(GEN_HEAD(0), GEN_HEAD(g));
    }
}

static void draw_figures(void)
{
    for (int g = 0; g < NUM_GENERATIONS; g++) {
        gc_set_threshold(g, random_between(1, DRAWN_FIGURE_MAX));
        gc_state.generations[g].count = random_between(0, DRAWN_FIGURE_MAX);
        gc_state.stats[g] = (GCStats){random_between(0, DRAWN_FIGURE_MAX),
                                      random_between(0, DRAWN_FIGURE_MAX),
                                      random_between(0, DRAWN_FIGURE_MAX)};
    }
}

enum { REPORT_MAX = 512 };

/* The report of the state drawn, as the specification words it. */
static void expected_report(const DrawnHeap *heap, char *text)
{
    int length = snprintf(text, REPORT_MAX, "%s", HEADER);
    for (int g = 0; g < NUM_GENERATIONS; g++)
        length += snprintf(text + length, REPORT_MAX - (size_t)length,
                           "%3d %9ld %9ld %9zu %11ld %9ld %13ld\n", g,
                           gc_state.generations[g].count,
                           gc_state.generations[g].threshold,
                           heap->count[g], gc_state.stats[g].collections,
                           gc_state.stats[g].collected,
                           gc_state.stats[g].uncollectable);
    snprintf(text + length, REPORT_MAX - (size_t)length,
             "objects in permanent generation: %zu\n", heap->count[FROZEN]);
}

static void release_heap(DrawnHeap *heap)
{
    gc_unfreeze();
    for (int place = 0; place < PLACES; place++)
        for (size_t i = 0; i < heap->count[place]; i++)
            decref(heap->objects[place][i]);
}

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
    long young = random_between(1, DRAWN_FIGURE_MAX);
    gc_set_threshold(0, young);
    char expected[REPORT_MAX];
    snprintf(expected, sizeof expected, HEADER
    "  0         1 %9ld         1           2         2             0\n"
    "  1         1        10         1           1         2             0\n"
    "  2         1        10         3           0         0             0\n"
    "objects in permanent generation: 0\n", young);
    ck_assert_report_noted(expected, replay());
    /* A full collection: nothing to find, all five in the oldest. */
    ck_assert_int_eq(gc_collect(), 0);
    long old = random_between(0, DRAWN_FIGURE_MAX);
    gc_set_threshold(2, old);
    snprintf(expected, sizeof expected, HEADER
    "  0         0 %9ld         0           2         2             0\n"
    "  1         0        10         0           1         2             0\n"
    "  2         0 %9ld         5           1         0             0\n"
    "objects in permanent generation: 0\n", young, old);
    ck_assert_report_noted(expected, replay());
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
    DrawnHeap heap = {{0}, {{NULL}}};
    draw_objects(&heap, FROZEN, 1);
    gc_freeze(); /* all of them, and generation 0's count is 0 */
    Object *d = list_new();
    long young = random_between(1, DRAWN_FIGURE_MAX);
    gc_set_threshold(0, young);
    char expected[REPORT_MAX];
    snprintf(expected, sizeof expected, HEADER
    "  0         1 %9ld         1           0         0             0\n"
    "  1         0        10         0           0         0             0\n"
    "  2         0        10         0           0         0             0\n"
    "objects in permanent generation: %zu\n", young, heap.count[FROZEN]);
    ck_assert_report_noted(expected, replay());
    release_heap(&heap);
    decref(d);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_report_changes_nothing)
{
    DrawnHeap heap = {{0}, {{NULL}}};
    draw_objects(&heap, 0, 1);
    long young = (long)heap.count[0];
    /* Generation 0's count at its threshold: one more container allocated
     * would start a collection. */
    gc_set_threshold(0, young);
    long old = random_between(0, DRAWN_FIGURE_MAX);
    gc_set_threshold(GC_OLDEST, old);
    char expected[REPORT_MAX];
    snprintf(expected, sizeof expected, HEADER
    "  0 %9ld %9ld %9ld           0         0             0\n"
    "  1         0        10         0           0         0             0\n"
    "  2         0 %9ld         0           0         0             0\n"
    "objects in permanent generation: 0\n", young, young, young, old);
    char *first = report();
    ck_assert_msg(gc_get_count(0) == young &&
                  gc_get_stats(0).collections == 0, "the report allocated a "
                  "container and started a collection: count the objects "
                  "on their list instead");
    ck_assert_text_noted(first, expected, replay());
    free(first);
    /* And again: nothing changed. */
    ck_assert_report_noted(expected, replay());
    release_heap(&heap);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_state_drawn_at_random)
{
    DrawnHeap heap;
    draw_heap(&heap);
    draw_figures();
    char expected[REPORT_MAX];
    expected_report(&heap, expected);
    ck_assert_report_noted(expected, replay());
    release_heap(&heap);
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
        {a_state_drawn_at_random, 2},
    };
    return graded_suite("gc_report", graded, GRADED_COUNT(graded),
                        gc_report_is_defined);
}
