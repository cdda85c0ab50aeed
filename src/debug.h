/* debug.h: clear errors for misuse, instead of silent corruption.  Chapter 1.
 * CPython's counterpart is its debug build (Py_DEBUG): _Py_NegativeRefcount
 * and the memory allocator's debug hooks. */
#ifndef GC_DEBUG_H
#define GC_DEBUG_H

#include "object.h"

/* The exit status of a program stopped by fatal_misuse (EX_SOFTWARE). */
#define EXIT_MISUSE 70

/* Print "fatal: <what>: <type> object at <address>" and exit. */
_Noreturn void fatal_misuse(const Object *op, const char *what);

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
