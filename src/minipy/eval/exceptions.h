/* exceptions.h: exceptions as objects; try, raise and with.  Chapter 2 (the
 * runner).  CPython: Objects/exceptions.c (the classes), and the exception
 * handling of Python/ceval.c and Python/compile.c (try, with).
 *
 * The built-in exceptions are classes like a program's, made when a
 * program first names one or a handler first needs one, so that user
 * exception classes inherit from them in the ordinary way.  An exception
 * is an instance that holds `args`, and, once set, `__context__`,
 * `__cause__` and `__traceback__` among its attributes. */
#ifndef MINIPY_EXCEPTIONS_H
#define MINIPY_EXCEPTIONS_H

#include <stdbool.h>

#include "interp.h"

/* A new reference to the built-in exception class `name`, made now, or
 * NULL if there is no such exception (inherit.c's builtin_class keeps it). */
Object *exception_class_new(const char *name);
bool is_exception_class(Object *op);
bool is_exception(Object *op);
/* A new exception of the built-in class `name`, with one argument or none
 * (arg may be NULL). */
Object *exception_new(const char *name, Object *arg);
/* Called for every new instance of an exception class: its args are the
 * arguments of the call, whatever its __init__ does (BaseException.__new__). */
void exception_set_args(Object *exc, Object **args, size_t nargs);
/* str(exc) and repr(exc) for an exception without its own; new strs. */
Object *exception_text(Object *exc);
Object *exception_repr(Object *exc);

/* The statements (eval.c runs the others). */
Exec exec_try(Frame *f, Node *n);
int exec_raise(Frame *f, Node *n);
Exec exec_with(Frame *f, Node *n);

/* sys.exc_info(): the exception being handled. */
Object *sys_exc_info(Object *self, Object **args, size_t nargs);

#endif
