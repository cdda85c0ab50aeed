/* inherit.h: base classes, the method resolution order, and super().
 * Chapter 2 (the runner).  CPython: Objects/typeobject.c (mro_implementation,
 * _PyType_Lookup, super_getattro).
 *
 * A class keeps its bases and its MRO as the tuples `__bases__` and
 * `__mro__` among its attributes, which the runtime's class already
 * traverses: the references CPython's type holds in tp_bases and tp_mro,
 * cycle included (a class's MRO starts with the class).  Every MRO ends
 * with `object`.  Where we differ: a class whose only base is object keeps
 * neither (they are made when asked for), so that such a class is in no
 * cycle and dies by reference counting, as before inheritance existed. */
#ifndef MINIPY_INHERIT_H
#define MINIPY_INHERIT_H

#include <stdbool.h>

#include "object.h"

/* Borrowed: `object`, the root of every class's MRO; NULL until a program
 * needs it. */
extern Object *object_class;

/* A class made by the runner itself (object, the exceptions), with one
 * base or none: its repr has no "__main__.", as CPython's static types. */
Object *builtin_class_new(const char *name, Object *base);
bool is_builtin_class(Object *cls);
/* Is `init` object's __init__, which a class without one of its own
 * inherits? */
bool is_object_init(Object *init);
/* Borrowed: the built-in class `name` (object, or an exception), made and
 * put into the builtins dict when first asked for; NULL if there is none. */
Object *builtin_class(const char *name);
/* Put super into the builtins dict; `object` is made when first needed,
 * so that a program that never names it allocates nothing for it. */
void inherit_init(Object *builtins);
/* New references: cls's MRO and bases, made for a class that has none of
 * its own (its only base is object). */
Object *class_mro(Object *cls);
Object *class_bases(Object *cls);

/* Give cls its bases (a tuple, borrowed) and the MRO computed from them by
 * C3, as CPython does.  Returns -1 with TypeError set if there is none. */
int class_set_bases(Object *cls, Object *bases);
/* Borrowed: the attribute `name` of the first class of cls's MRO that has
 * one, or NULL. */
Object *class_lookup(Object *cls, const char *name);
bool class_is_subclass(Object *cls, Object *base);

typedef struct Super {
    Object ob;
    Object *type;  /* the class whose successors in obj's MRO are searched */
    Object *obj;
} Super;
extern Type SuperType;
/* super.name: the attribute found after `type` in obj's MRO, bound to obj
 * if it is a function. */
Object *super_getattr(Object *super, Object *name);

#endif
