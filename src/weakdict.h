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
    size_t iterating; /* iterations in progress (weakdict_iteration_begin) */
    Object *pending;  /* a list of the weak references that died meanwhile, or NULL */
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

/* Walking a weak dictionary while its objects may die (CPython's
 * _IterationGuard, in Lib/_weakrefset.py): between begin and end, an entry
 * whose object dies stays, dead, so that the walk's dict does not change
 * under it; the last iteration to end removes them.  Begin and end pair
 * up, and nest. */
void weakdict_iteration_begin(Object *d);
void weakdict_iteration_end(Object *d);
/* Remove the entries whose objects died during walks now, walks or not
 * (what CPython's WeakValueDictionary does before any other operation; a
 * walk then finds the size changed). */
void weakdict_commit_removals(Object *d);
/* The next live entry at or after *pos, in insertion order: borrowed key
 * and value, and *pos moved past it; false when there is none. */
bool weakdict_next(const Object *d, size_t *pos, Object **key, Object **value);
/* Entries, dead ones waiting for their removal included: a change says the
 * program added or deleted one during an iteration. */
size_t weakdict_entries(const Object *d);

#endif
