/* weakref.h: weak references.  Chapter 4.  CPython: Objects/weakrefobject.c
 * and Include/cpython/weakrefobject.h.
 *
 * A weak reference points at an object (its referent) without counting in
 * the referent's refcnt, so it never keeps the referent alive.  Each
 * weakly referenceable object keeps the list of its weak references, which
 * is how they are all found and cleared when it dies: calling a cleared
 * one gives NULL (Python's None).
 *
 * Ownership: a WeakRef owns its callback, and does not own its referent.
 * Every weak reference is a container the collector tracks, as in CPython:
 * its callback may be part of a cycle (a method of the object it watches
 * holding the weak reference, say). */
#ifndef GC_WEAKREF_H
#define GC_WEAKREF_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct WeakRef {
    Object ob;
    Object *referent;  /* borrowed; NULL once cleared */
    Object *callback;  /* called with the weak reference when the referent dies, or NULL */
    struct WeakRef *prev, *next; /* the referent's list */
    uint64_t hash;     /* the referent's, once asked for (it outlives the referent) */
    bool hashed;
} WeakRef;

/* A weak reference that also holds a key: what a weak-valued dictionary
 * stores, so that the callback knows which entry to remove (CPython's
 * weakref.KeyedRef). */
typedef struct KeyedRef {
    WeakRef ref;
    Object *key;
} KeyedRef;

extern Type WeakRefType, KeyedRefType;

bool is_weakref(const Object *op);
/* Can `op` be weakly referenced?  Its type's flag says it may, the offset
 * where it keeps its list: a type needs both.  Inline: dealloc.c asks it of
 * every object that dies. */
static inline bool is_weakrefable(const Object *op)
{
    return (op->type->flags & TYPE_WEAKREFABLE) != 0 && op->type->weaklist_offset != 0;
}

/* A weak reference to `referent`, which must be weakly referenceable.
 * Without a callback, the referent's existing callback-free weak reference
 * is returned if it has one (CPython shares it the same way). */
Object *weakref_new(Object *referent, Object *callback);
Object *keyedref_new(Object *referent, Object *callback, Object *key);
/* The referent, a new reference; NULL once it has died. */
Object *weakref_get(const Object *wr);
/* Is the referent alive (weakref_get would give it)? */
bool weakref_alive(const Object *wr);
/* Borrowed: the callback, or NULL. */
Object *weakref_callback(const Object *wr);
/* Can the weak reference be hashed?  Only if its referent is alive or its
 * hash was taken while it was (CPython raises TypeError otherwise). */
bool weakref_can_hash(const Object *wr);

/* How many weak references `op` has, and a new list of them, in the order
 * CPython keeps them: the callback-free one first, then the others newest
 * first.  0 and an empty list for an object that cannot have any. */
size_t weakref_count(const Object *op);
Object *weakref_list_of(const Object *op);

/* Clear every weak reference to `op`, which is dying, then call their
 * callbacks, each with its weak reference (CPython: PyObject_ClearWeakRefs).
 * Called by dealloc.c before anything `op` holds is released. */
void clear_weakrefs(Object *op);

/* Clear one weak reference, keeping its callback: the collector's step
 * (CPython: _PyWeakref_ClearRef). */
void weakref_clear_referent(Object *wr);
/* The first weak reference of the object's list, or NULL. */
Object *weakref_first(const Object *op);

/* Calling a callback.  The runtime calls its own callbacks (callback.h)
 * itself; any other object is handed to the caller hook, which an embedder
 * such as the runner sets, and which reports a callback's error itself
 * (CPython prints "Exception ignored in: ..." and goes on).  Without a hook,
 * a callback of another kind is a misuse. */
typedef void (*CallbackHook)(Object *callback, Object *wr);
void weakref_set_call_hook(CallbackHook hook);
void call_weakref_callback(Object *callback, Object *wr);

#endif
