/* arguments.h: a call's arguments, from the caller's expressions to the
 * callee's parameters.  Chapter 2 (the runner).  CPython: Python/ceval.c
 * (initialize_locals, and CALL_FUNCTION_EX's unpacking) and
 * Objects/call.c.
 *
 * A call passes its arguments as CPython 3.11's vectorcall does: one array,
 * the positional arguments first, then the keyword arguments' values, with
 * their names in a tuple of strs beside it (`kwnames`, NULL when there are
 * none). */
#ifndef MINIPY_ARGUMENTS_H
#define MINIPY_ARGUMENTS_H

#include <stddef.h>

#include "interp.h"
#include "minipy.h"

/* The keyword arguments of a call: 0 when kwnames is NULL. */
size_t keyword_count(const Object *kwnames);

/* Evaluate a call's arguments, *iterables and **dicts unpacked, into a new
 * array of `extra` empty slots, then the positional arguments (their count
 * in *nargs), then the keyword arguments' values (their names in *kwnames,
 * a new tuple, or NULL).  `callable` names the call in errors.  NULL on an
 * error, with everything evaluated released. */
Object **eval_arguments(Frame *f, Object *callable, NodeList *nodes, size_t extra, size_t *nargs,
                        Object **kwnames);

/* A def's or lambda's defaults, evaluated in the frame that runs it, in
 * CPython 3.11's order: *defaults, a tuple of the positional parameters',
 * and *kwdefaults, a dict of the keyword-only ones' (each new, or NULL if
 * there are none).  0, or -1 with an exception set. */
int eval_defaults(Frame *f, Node *def, Object **defaults, Object **kwdefaults);

/* Fill the parameter slots of a frame of fn (all NULL) from a call's
 * arguments, which it STEALS: the positional ones, the keyword ones by
 * name, *args and **kwargs, then the defaults.  0, or -1 with CPython
 * 3.11's TypeError, the slots then holding what is to be released. */
int bind_arguments(const Function *fn, Object **slots, Object **args, size_t nargs,
                   const Object *kwnames);

#endif
