/* call.h: calling objects.  Chapter 2 (the runner).
 * CPython: Objects/call.c and Python/ceval.c. */
#ifndef MINIPY_CALL_H
#define MINIPY_CALL_H

#include <stddef.h>

#include "minipy.h"
#include "object.h"

/* Call `callable` with args[0..nargs): the call STEALS the references in
 * args (they become the new frame's locals, as in CPython 3.11, where a
 * Python function's arguments move from the caller's stack into its frame).
 * Returns a new reference, or NULL with an exception set. */
Object *call_object(Object *callable, Object **args, size_t nargs);
/* The same with keyword arguments (arguments.h): args[0..nargs) are the
 * positional ones, then come the values of the keywords named in kwnames
 * (a tuple of strs, borrowed, or NULL); every value is STOLEN. */
Object *call_object_kw(Object *callable, Object **args, size_t nargs, Object *kwnames);
/* A built-in function or method: with any keyword argument, CPython 3.11's
 * TypeError for a function that takes none.  Borrows args. */
Object *builtin_call_kw(const BuiltinDef *def, Object *self, Object **args, size_t nargs,
                        const Object *kwnames);
/* Could call_object call it (Python's callable())? */
bool is_callable(Object *op);
/* Decref every reference in items[0..count), first to last; NULLs are
 * skipped. */
void release_all(Object **items, size_t count);

#endif
