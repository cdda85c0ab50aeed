/* The runner's shutdown (chapter 5): what a program leaves to the process's
 * exit on purpose, as CPython 3.11 does (frozen objects, gc.garbage, the
 * garbage DEBUG_SAVEALL keeps, finalize objects that never call), is freed
 * once no code can run, so the count of objects still alive after
 * shutdown stays a test of the runtime: a reference it fails to release is
 * still reported. */
#include "harness.h"

#include "interp.h"

static int run(const char *program)
{
    RunOptions options = {.max_steps = -1};
    return interp_execute("<test>", program, strlen(program), &options);
}

/* Each leaves something alive when the program ends, in a cycle with the
 * program's module (a class's method holds its globals) ... */
static const char *const left_on_purpose[] = {
    "import gc\nclass A:\n    pass\na = A()\na.me = a\ngc.freeze()\n",
    "import gc\nclass A:\n    pass\ngc.garbage.append(A())\n",
    "import gc\nclass A:\n    pass\na = A()\na.me = a\ndel a\n"
    "gc.set_debug(gc.DEBUG_SAVEALL)\ngc.collect()\n",
    "import weakref\nclass A:\n    pass\ndef f():\n    pass\n"
    "a = A()\nweakref.finalize(a, f).atexit = False\n",
    /* ... or does it at shutdown, in a finalizer */
    "import gc\nclass A:\n    def __del__(self):\n        global b\n        b = A()\n"
    "        gc.freeze()\n        gc.callbacks.append(print)\na = A()\n",
    "import gc\nclass A:\n    def __del__(self):\n        gc.garbage.append(self)\n"
    "        gc.set_debug(gc.DEBUG_SAVEALL)\na = A()\n",
};

START_TEST(what_a_program_leaves_to_exit_is_freed_without_a_report)
{
    for (size_t i = 0; i < sizeof left_on_purpose / sizeof *left_on_purpose; i++) {
        ck_assert_int_eq(run(left_on_purpose[i]), 0);
        ck_assert_nothing_alive();
    }
}
END_TEST

/* A reference the runtime never releases, as a missing decref would leave
 * one, beside everything a program leaves on purpose: the shutdown frees
 * the latter and reports the former. */
START_TEST(an_object_the_runtime_never_releases_is_reported)
{
    Object *leaked = list_new();
    for (size_t i = 0; i < sizeof left_on_purpose / sizeof *left_on_purpose; i++)
        ck_assert_int_eq(run(left_on_purpose[i]), EXIT_MISUSE);
    ck_assert_int_eq(account_total().live_objects, 1);
    decref(leaked);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("runner_shutdown");
    TCase *tc = tcase_create("runner_shutdown");
    tcase_add_test(tc, what_a_program_leaves_to_exit_is_freed_without_a_report);
    tcase_add_test(tc, an_object_the_runtime_never_releases_is_reported);
    suite_add_tcase(s, tc);
    return s;
}
