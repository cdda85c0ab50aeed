/* weakmethod.h: weakref.WeakMethod.  Chapter 4 (the runner).
 * CPython: Lib/weakref.py. */
#ifndef MINIPY_WEAKMETHOD_H
#define MINIPY_WEAKMETHOD_H

#include "minipy.h"

extern Type WeakMethodType;
/* WeakMethod(method[, callback]): weak references to a bound method's
 * object and function. */
Object *weakmethod_construct(Object *type, Object **args, size_t nargs);
/* wm(): the bound method made again, or None once either half has died. */
Object *weakmethod_call(Object *wm, Object **args, size_t nargs);

#endif
