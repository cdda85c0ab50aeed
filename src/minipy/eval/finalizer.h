/* finalizer.h: __del__ and weakref.finalize for the runner's other files.
 * Chapter 5 (the runner).  CPython: slot_tp_finalize in
 * Objects/typeobject.c, and the class finalize of Lib/weakref.py.
 *
 * The runtime runs a type's finalize slot once, when the object dies
 * (finalize.h), and calls finalize objects' functions through a hook
 * (weakfinalize.h); these are the Python sides of both. */
#ifndef MINIPY_FINALIZER_H
#define MINIPY_FINALIZER_H

#include <stdbool.h>

#include "minipy.h"
#include "weakfinalize.h"

/* A class's instances have a finalizer exactly while the class has a
 * __del__: call after its attributes change (CPython updates tp_finalize
 * the same way when __del__ is set or deleted). */
void class_update_finalizer(Object *cls);
bool is_del_name(const Object *name);

/* weakref.finalize(obj, func, *args): a finalize object. */
Object *finalize_construct(Object *type, Object **args, size_t nargs);
/* f() or f(_): func's result the first time, then None. */
Object *finalize_call_object(Object *f, Object **args, size_t nargs);
/* f.alive and f.atexit; NULL if `attr` is neither. */
Object *finalize_attribute(Object *f, const char *attr);
/* f.atexit = value; -1 with AttributeError for any other attribute. */
int finalize_set_attribute(Object *f, Object *name, Object *value);
/* peek() and detach(). */
extern const BuiltinDef finalize_methods[];
Object *finalize_repr(Object *f);
/* The program is over: live finalize objects with atexit set call their
 * functions, newest first, with the collector off meanwhile (as
 * weakref's atexit function); an error is printed as sys.excepthook
 * prints it.  Then, if the program made any finalize object, none calls
 * any more (CPython's finalize._shutdown). */
void finalize_run_at_exit(void);
/* The weakref module's import: its functions are called through the
 * runtime's hook from now on. */
void finalize_install_hook(void);

#endif
