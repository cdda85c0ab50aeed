/* call.h: calling objects.  Chapter 2 (the runner).
 * CPython: Objects/call.c and Python/ceval.c. */
#ifndef MINIPY_CALL_H
#define MINIPY_CALL_H

#include <stddef.h>

#include "object.h"

/* Call `callable` with args[0..nargs): the call STEALS the references in
 * args (they become the new frame's locals, as in CPython 3.11, where a
 * Python function's arguments move from the caller's stack into its frame).
 * Returns a new reference, or NULL with an exception set. */
Object *call_object(Object *callable, Object **args, size_t nargs);
/* Decref every reference in items[0..count), first to last; NULLs are
 * skipped. */
void release_all(Object **items, size_t count);

#endif
