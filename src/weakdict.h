/* weakdict.h: dictionaries that hold their values weakly
 * (WeakValueDictionary) or their keys weakly (WeakKeyDictionary).
 * Chapter 4.  CPython: Lib/weakref.py.
 *
 * An entry goes away by itself when the object it holds weakly dies: the
 * dictionary keeps a weak reference to that object, whose callback removes
 * the entry.  The callback holds the dictionary only weakly in turn, so the
 * dictionary makes no cycle with its own entries and dies by reference
 * counting like a plain dict. */
#ifndef GC_WEAKDICT_H
#define GC_WEAKDICT_H

#include <stdbool.h>
#include <stddef.h>

#include "object.h"

typedef struct WeakDict {
    Object ob;
    Object *data;    /* a dict: key -> KeyedRef to the value, or weakref to the key -> value */
    Object *remover; /* the callback of every weak reference in data */
    struct WeakRef *weaklist;
} WeakDict;

extern Type WeakValueDictType, WeakKeyDictType;

Object *weakvaluedict_new(void);
Object *weakkeydict_new(void);
bool is_weakdict(const Object *op);

/* d[key] = value.  The object held weakly (the value of a weak-valued
 * dictionary, the key of a weak-keyed one) must be weakly referenceable,
 * and the key hashable: the caller checks both. */
void weakdict_setitem(Object *d, Object *key, Object *value);
/* d[key]: a new reference, or NULL if there is no live entry for key. */
Object *weakdict_getitem(const Object *d, Object *key);
/* Returns false if there was no live entry for key. */
bool weakdict_delitem(Object *d, Object *key);
/* The entries whose weakly held object is alive. */
size_t weakdict_size(const Object *d);
/* New lists of the live entries' keys and values, in insertion order: the
 * i-th value is the i-th key's. */
Object *weakdict_keys(const Object *d);
Object *weakdict_values(const Object *d);

#endif
