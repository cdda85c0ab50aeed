/* weakset.h: weakref.WeakSet.  Chapter 4 (the runner).
 * CPython: Lib/_weakrefset.py. */
#ifndef MINIPY_WEAKSET_H
#define MINIPY_WEAKSET_H

#include <stdbool.h>

#include "minipy.h"

extern Type WeakSetType;
extern const BuiltinDef weakset_methods[];
bool is_weakset(const Object *op);
/* WeakSet([iterable]) */
Object *weakset_construct(Object *type, Object **args, size_t nargs);
/* The weak-keyed dictionary beneath (borrowed): its keys are the set's
 * members, which is how len, `in` and iteration see them. */
Object *weakset_dict(Object *set);
Object *weakset_repr(Object *set);
/* set | other, &, - and ^, other any iterable (CPython's union,
 * intersection, difference and symmetric_difference): a new WeakSet. */
Object *weakset_binary_op(Op op, Object *set, Object *other);

#endif
