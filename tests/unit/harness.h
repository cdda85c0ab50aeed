/* harness.h: what every unit test includes (chapter 1).  Each test file defines suite();
 * main.c runs it in fork mode, so a crash fails one test and not the run. */
#ifndef TEST_HARNESS_H
#define TEST_HARNESS_H

#include <check.h>

#include "runtime.h"

Suite *suite(void);

/* Every test ends with this: the allocation account is back to zero, so the
 * test neither lost nor leaked an object. */
#define ck_assert_nothing_alive()                                            \
    do {                                                                     \
        Account total_ = account_total();                                    \
        if (total_.live_objects != 0)                                        \
            account_report(stderr);                                          \
        ck_assert_msg(total_.live_objects == 0,                              \
                      "%zu objects (%zu bytes) are still alive",            \
                      total_.live_objects, total_.live_bytes);               \
    } while (0)

/* Run misuse() in a child process; assert that it stops with EXIT_MISUSE
 * and that its message contains `expected`. */
void assert_misuse(void (*misuse)(void), const char *expected);

/* Run misuse() in a child process; assert that it does not end well (a
 * sanitizer's report) and that its stderr contains `expected`. */
void assert_dies(void (*misuse)(void), const char *expected);

/* A visitor that appends each referent to the array `arg` (for tests of
 * traverse); REFERENTS_MAX bounds how many. */
#define REFERENTS_MAX 16
typedef struct Referents {
    size_t count;
    Object *items[REFERENTS_MAX];
} Referents;
Referents referents_of(Object *op);

#endif
