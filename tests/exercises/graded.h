/* graded.h: what every graded test file includes (tests/exercises/).
 *
 * A graded test file is a Check test file like those of tests/unit/, linked
 * with tests/unit/main.c and with the student's file, and every test ends with
 * ck_assert_nothing_alive().  Two things differ:
 *
 * 1. It declares what the student writes, since the student's file has no
 *    header, marking each declaration STUDENT_WRITES:
 *
 *        STUDENT_WRITES bool list_remove(Object *list, Object *item);
 *
 * 2. Its suite() is a table of its tests and their points, the one place
 *    where the points are written, handed to graded_suite():
 *
 *        Suite *suite(void)
 *        {
 *            const Graded graded[] = {
 *                {removes_the_item, 2},
 *                {keeps_the_order, 1},
 *            };
 *            return graded_suite("list_remove", graded, GRADED_COUNT(graded),
 *                                list_remove_is_defined);
 *        }
 *
 * Each test gets a TCase of its own, named as the test, so that one test can
 * be run alone (CK_RUN_CASE=<test name>) with its own timeout.  Run with
 * GRADED_POINTS=1 in the environment, the program prints its table, one
 * "<test name> <points>" line per test, and exits: that is how grade.py
 * learns the points.
 *
 * A test counts only if it reaches its end.  Check takes a test process that
 * exits with status 0 for a passed test, even when the student's code called
 * exit(0) halfway through; so after each test returns, a checked teardown
 * appends a line to the file named by GRADED_END_FILE, and grade.py counts no
 * test without that line. */
#ifndef TEST_GRADED_H
#define TEST_GRADED_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "gc_list.h"
#include "gc_state.h"
#include "harness.h"

/* Chapter 2's tests see the tracked objects as one list.  From chapter 3 on
 * they are spread over the generations: merge them all into the oldest and
 * use its list. */
static inline GCHead *all_tracked(void)
{
    for (int i = 0; i < GC_OLDEST; i++)
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(GC_OLDEST));
    return GEN_HEAD(GC_OLDEST);
}

/* The student's functions are declared weak: the test program then links even
 * when the student's file does not compile (so that grade.py can still read
 * the points) or lacks a function (which is then NULL; see
 * ck_assert_defined). */
#define STUDENT_WRITES __attribute__((weak))

/* Fail with a clear message, instead of a crash, if the student's file does
 * not define `symbol` (a function or a variable declared STUDENT_WRITES). */
#define ck_assert_defined(symbol)                                            \
    ck_assert_msg(&(symbol) != NULL,                                         \
                  "%s is not defined: the exercise's file must define it "   \
                  "(not static, spelled as in the exercise)", #symbol)

/* op's reference count is exactly `expected`.  The debug build marks a freed
 * object with a negative count: that is then named for what it means.  (A
 * macro, so that a failure names the test's line.) */
#define ck_assert_refcnt(op, expected)                                       \
    do {                                                                     \
        long refcnt_ = (long)(op)->refcnt, expected_ = (long)(expected);     \
        ck_assert_msg(refcnt_ >= 0, "%s was freed (one decref too many), "   \
                      "expected a count of %ld", #op, expected_);            \
        ck_assert_msg(refcnt_ == expected_,                                  \
                      "%s has a count of %ld, expected %ld", #op, refcnt_,   \
                      expected_);                                            \
    } while (0)

typedef struct Graded {
    const TTest *test; /* what START_TEST(name) defines as `name` */
    int points;
} Graded;

#define GRADED_COUNT(table) (sizeof(table) / sizeof *(table))

/* A table with no points or with two tests of one name is the test writer's
 * mistake: say so rather than grade with it. */
static void graded_check_table(const Graded *graded, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        const char *name = graded[i].test->name;
        int duplicate = 0;
        for (size_t j = 0; j < i; j++)
            duplicate |= strcmp(graded[j].test->name, name) == 0;
        if (graded[i].points <= 0 || duplicate) {
            fprintf(stderr, "graded.h: test %s: %s\n", name,
                    duplicate ? "listed twice" : "points must be positive");
            exit(EXIT_FAILURE);
        }
    }
}

static void graded_print_points(const Graded *graded, size_t count)
{
    for (size_t i = 0; i < count; i++)
        printf("%s %d\n", graded[i].test->name, graded[i].points);
    fflush(stdout);
}

/* The lines of GRADED_END_FILE: the test returned; or it returned, but the
 * code under test started a process (fork) that is still there, which a
 * graded test must not leave behind. */
#define GRADED_REACHED_END "reached the end\n"
#define GRADED_LEFT_A_PROCESS "left a process running\n"

/* The checked teardown of every graded test: Check runs it in the test's
 * process after the test function returns, and never after an early exit
 * or a crash. */
static void graded_reached_end(void)
{
    const char *path = getenv("GRADED_END_FILE");
    if (path == NULL)
        return;
    /* waitpid says -1 only when the process has no child at all. */
    bool left_a_child = waitpid(-1, NULL, WNOHANG) != -1;
    FILE *end = fopen(path, "a");
    if (end == NULL)
        return;
    fputs(left_a_child ? GRADED_LEFT_A_PROCESS : GRADED_REACHED_END, end);
    fclose(end);
}

/* The suite of an exercise's graded tests: one TCase per test, each first
 * running `defined` (a function that checks, with ck_assert_defined, that
 * the student's file defines everything the tests call; or NULL), and
 * ending with graded_reached_end. */
static Suite *graded_suite(const char *exercise, const Graded *graded,
                           size_t count, void (*defined)(void))
{
    graded_check_table(graded, count);
    if (getenv("GRADED_POINTS") != NULL) {
        graded_print_points(graded, count);
        exit(EXIT_SUCCESS);
    }
    Suite *s = suite_create(exercise);
    for (size_t i = 0; i < count; i++) {
        TCase *tc = tcase_create(graded[i].test->name);
        tcase_add_checked_fixture(tc, defined, graded_reached_end);
        tcase_add_test(tc, graded[i].test);
        suite_add_tcase(s, tc);
    }
    return s;
}

#endif
