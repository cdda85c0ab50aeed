/* mod_weakref.h: the weakref module's objects, for the runner's other
 * files.  Chapter 4 (the runner).  CPython: Modules/_weakref.c,
 * Objects/weakrefobject.c and Lib/weakref.py.
 *
 * The runtime makes weak references and weak dictionaries (weakref.h,
 * weakdict.h); this is what a program does with them: the checks and
 * messages of CPython 3.11, and the calls of Python callbacks. */
#ifndef MINIPY_MOD_WEAKREF_H
#define MINIPY_MOD_WEAKREF_H

#include <stdbool.h>

#include "minipy.h"

/* Calling the type objects: weakref.ref(obj[, callback]),
 * WeakValueDictionary([dict]), WeakKeyDictionary([dict]). */
Object *weakref_construct(Object *type, Object **args, size_t nargs);
Object *weakvaluedict_construct(Object *type, Object **args, size_t nargs);
Object *weakkeydict_construct(Object *type, Object **args, size_t nargs);

/* r(): the referent, or None once it has died. */
Object *weakref_call(Object *wr, Object **args, size_t nargs);
/* Can the weak reference be a dict key?  TypeError if its referent cannot,
 * or if it died before its hash was taken ("weak object has gone away"). */
bool weakref_check_hashable(Object *wr);

/* d[key], d[key] = value, del d[key] and `key in d` on a weak dictionary,
 * with CPython's errors; as get_item, set_item, del_item and contains. */
Object *weakdict_get_item(Object *d, Object *key);
int weakdict_set_item(Object *d, Object *key, Object *value);
int weakdict_del_item(Object *d, Object *key);
int weakdict_contains(Object *d, Object *key);
/* len(d), and its truth. */
size_t weakdict_length(Object *d);
/* iter(d), d.keys(), d.values(), d.items(): a walk of the weak dictionary,
 * which CPython calls a generator; its next step (a new reference), or NULL
 * at the end or with RuntimeError if the program added or deleted an
 * entry meanwhile. */
extern Type WeakDictWalkType;
Object *weakdict_walk_new(Object *d, ViewKind kind);
Object *weakdict_walk_next(Object *walk);
Object *weakdict_walk_repr(Object *walk);
/* The methods of weak dictionaries (keys, values, items, get). */
extern const BuiltinDef weakdict_methods[];
bool is_weakdict_type(const Type *type);

#endif
