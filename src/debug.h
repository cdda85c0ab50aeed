/* debug.h: clear errors for misuse, instead of silent corruption.  Chapter 1.
 * CPython's counterpart is its debug build (Py_DEBUG): _Py_NegativeRefcount
 * and the memory allocator's debug hooks. */
#ifndef GC_DEBUG_H
#define GC_DEBUG_H

#include "object.h"

/* The exit status of a program stopped by fatal_misuse (EX_SOFTWARE). */
#define EXIT_MISUSE 70

/* Print "fatal: <what>: <type> object at <address>" and exit; "fatal:
 * <what>: NULL" for no object at all. */
_Noreturn void fatal_misuse(const Object *op, const char *what);

/* Print "fatal: <function>: expected <expected>: <type> object at
 * <address>" (or ": NULL") and exit: an object of the wrong type. */
_Noreturn void fatal_wrong_type(const Object *op, const char *function,
                                const char *expected);

/* Print "fatal: <function>: " and the rest, formatted as printf does, and
 * exit: for a bad argument that is no object (NULL, a number out of range). */
_Noreturn void fatal_argument(const char *function, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/* Every public function that needs an object (or a table, a name...)
 * checks that it was given one, in every build: a NULL would otherwise
 * crash far from the call.  One compare, predicted not taken: cheap enough
 * for incref and decref. */
#define CHECK_NOT_NULL(argument)                                       \
    do {                                                               \
        if ((argument) == NULL)                                        \
            fatal_argument(__func__, "%s is NULL", #argument);         \
    } while (0)

/* Print "fatal: out of memory <doing what>" and exit.  The runtime does not
 * recover from a failed allocation (CPython raises MemoryError). */
_Noreturn void fatal_out_of_memory(const char *doing);

/* Stop with a clear message if op has already been freed (debug builds; in
 * a release build this checks nothing). */
void check_alive(const Object *op, const char *operation);

/* Give the memory of a dead object back.  A debug build keeps the most
 * recently freed objects, marked dead, so that check_alive can name a use
 * after free; a release build frees at once. */
void free_object_memory(Object *op);

/* Free what free_object_memory kept back (for leak checkers at exit). */
void debug_release_quarantine(void);

#endif
