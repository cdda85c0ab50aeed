/* methods.h: the methods of lists, dicts and strs.  Chapter 2 (the runner).
 * CPython: Objects/listobject.c, Objects/dictobject.c, Objects/unicodeobject.c
 * (their method tables). */
#ifndef MINIPY_METHODS_H
#define MINIPY_METHODS_H

#include "minipy.h"

/* The method `name` of objects of `type`, or NULL. */
const BuiltinDef *method_def(const Type *type, const char *name);
/* data and text (data): str's methods of str_methods.c. */
extern const BuiltinDef str_text_methods[];
/* dict.fromkeys, a method of the type */
extern const BuiltinDef dict_fromkeys_def;
/* Reverse a list in place (list.reverse). */
void list_reverse(Object *list);

#endif
