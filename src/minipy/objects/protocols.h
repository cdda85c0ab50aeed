/* protocols.h: the special methods of a program's classes (__eq__,
 * __add__, __len__, __iter__, ...).  Chapter 2 (the runner).
 * CPython: Objects/typeobject.c (the slot_* functions that call a class's
 * dunders), Objects/object.c (do_richcompare), Objects/abstract.c
 * (binary_op1).
 *
 * ops.c, item.c, iter.c and call.c ask here first when an operand is an
 * instance; each function returns NotImplemented (a new reference) when the
 * class has no say, so that the built-in behaviour and its error follow. */
#ifndef MINIPY_PROTOCOLS_H
#define MINIPY_PROTOCOLS_H

#include <stdbool.h>

#include "ast.h"
#include "object.h"

extern Object *const NotImplemented;
extern Type NotImplementedType;

/* Before a class is made from ns (its body's namespace): __hash__ = None
 * if it defines __eq__ but not __hash__, as CPython's type_new does; then
 * NotImplementedError naming the first special method minipy does not
 * call, rather than ignore it.  false if one was found. */
bool prepare_special_methods(Object *ns, const char *class_name);

/* Does obj's class define `name`?  (special_method, through the one lookup
 * of an attribute on a type.) */
bool has_special(Object *obj, const char *name);
/* obj.name(args...) for a special method of obj's class: a new reference,
 * or NULL with an exception set.  Borrows args. */
Object *call_special(Object *obj, const char *name, Object **args, size_t nargs);

/* a op b through __add__ / __radd__ (or __iadd__ first when `inplace`). */
Object *user_binary(Op op, Object *a, Object *b, bool inplace);
/* -a, +a through __neg__, __pos__. */
Object *user_unary(Op op, Object *a);
/* a op b for ==, !=, <, <=, >, >= through __eq__ ... and the reflected
 * method of b; never NotImplemented: falls back to identity for == and !=,
 * and raises CPython 3.11's TypeError for the others. */
Object *user_compare(Op op, Object *a, Object *b);

/* Truth through __bool__, then __len__: 1, 0, or -1 with an exception set. */
int user_truth(Object *obj);
/* len() through __len__, or -1 with an exception set. */
long user_length(Object *obj);
/* hash() through __hash__; -1 with an exception set (a hash of -1 becomes
 * -2, as CPython's). */
long user_hash(Object *obj);
/* Make the instances of cls dict keys and set members through their
 * class's __hash__ and __eq__, each called as CPython calls them. */
void class_use_key_protocols(Object *cls);
/* Is the instance unhashable (its class's __hash__ is None)? */
bool user_unhashable(Object *obj);

#endif
