/* error.h: exceptions, and the traceback of an uncaught one.  Chapter 2 (the
 * runner).  CPython: Python/errors.c and Python/traceback.c.
 *
 * An exception raised by the runtime is a class's name and a message, made
 * an object only when a handler or a program needs one (CPython normalizes
 * lazily too); a program's `raise` sets the object itself.  Each function
 * it unwinds through adds its line to the traceback.  A function that fails
 * returns NULL (or -1) with the exception set, as in CPython's C API. */
#ifndef MINIPY_ERROR_H
#define MINIPY_ERROR_H

#include <stdbool.h>
#include <stdio.h>

#include "object.h"

/* Set the exception: `type` is its name ("TypeError"), then a printf format.
 * Returns NULL, so that `return raise(...)` fails a function. */
Object *raise(const char *type, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
/* Set the exception `type` with one argument (KeyError's key), borrowed. */
Object *raise_with_arg(const char *type, Object *arg);
/* Set the exception object (STEALS it); its traceback goes on from its
 * __traceback__. */
void error_set_object(Object *exc);
/* Borrowed: the exception set, made an object if it was not yet. */
Object *error_value(void);
bool error_occurred(void);
const char *error_type(void);
void error_clear(void);
/* The exception is passing through the running frame f: add f's entry to
 * its traceback, unless f's is the last added (PyTraceBack_Here). */
struct Frame;
void error_traceback_here(struct Frame *f);
/* Print "Traceback (most recent call last):", each frame with its source
 * line, and "Type: message"; then clear the exception. */
void error_print(FILE *out, const char *filename, const char *source);
/* Take the exception out of the way while other code runs (a gc callback,
 * the repr of what raised an unraisable one), and put it back after: it is
 * then as it was, and what the code in between raised and did not clear is
 * dropped. */
typedef struct SavedError SavedError;
SavedError *error_fetch(void);
void error_restore(SavedError *saved);
/* Free an exception set aside, leaving the one set now alone. */
void error_discard(SavedError *saved);
/* A copy, to be restored while the original is kept (a bare `raise`). */
SavedError *error_copy(const SavedError *saved);
/* Borrowed: the exception object set aside, or NULL if it was never made
 * one (error_value before error_fetch makes it). */
Object *saved_error_value(SavedError *saved);
//> 5 saved_error_traverse
/* Visit the references of an exception set aside (its object, its
 * traceback): a suspended generator may keep one (generator.h). */
int saved_error_traverse(SavedError *saved, visitproc visit, void *arg);
//< 5 saved_error_traverse
//> 3 report_unraisable
/* Print the exception as CPython's unraisable hook does, "Exception ignored
 * in: " and the repr of `culprit` (the callback that raised it), then the
 * traceback; the exception is cleared (unraisable.c). */
void report_unraisable(Object *culprit);
//< 3 report_unraisable

#endif
