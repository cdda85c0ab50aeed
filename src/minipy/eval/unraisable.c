/* unraisable.c: reporting an exception that no caller can receive.
 * Chapter 3 (the runner).  CPython: PyErr_WriteUnraisable and the default
 * sys.unraisablehook.
 *
 * Code that runs on its own, wherever the program happens to be (a
 * function of gc.callbacks, a weak reference's callback in chapter 4), has
 * no caller to hand its exception to: it is printed, and the program goes
 * on. */
#include <stdio.h>

#include "error.h"
#include "interp.h"
#include "ops.h"
#include "str.h"

void report_unraisable(Object *culprit)
{
    SavedError *raised = error_fetch();
    Object *text = repr_of(culprit);
    if (text == NULL)
        error_clear();
    error_restore(raised);
    fflush(stdout);
    fprintf(stderr, "Exception ignored in: %s\n",
            text != NULL ? str_chars(text) : "<object repr() failed>");
    xdecref(text);
    error_print(stderr, interp.filename, interp.source);
}
