/* Chapter 4 exercise weakref_new.  Re-implement how a weak reference is made
 * and put in its referent's list.  Graded by tests/exercises/
 * 04-weak-references/test_weakref_new.c: run `make grade CH=4`;
 * `make hint EX=weakref_new` gives a hint at a time.
 *
 * Object *my_weakref_new(Object *referent, Object *callback)
 *
 *   Python's weakref.ref(referent, callback).  `referent` is weakly
 *   referenceable (is_weakrefable: an instance or a class); `callback` is
 *   an object or NULL (Python's None).  Returns a new reference to a weak
 *   reference of type WeakRefType (weakref.h) to `referent`:
 *
 *   - Without a callback, if the first weak reference of referent's list is
 *     callback-free and of type exactly WeakRefType, that one is returned
 *     (a new reference to it): weakref.ref(x) is weakref.ref(x) in
 *     CPython.  A KeyedRef is never shared, with or without a callback.
 *   - Otherwise a new one is made: an object of type WeakRefType
 *     (object_new(&WeakRefType, 0), which zeroes it), whose `referent` is
 *     set and not counted (a weak reference must not keep its referent
 *     alive: referent's count does not change), whose `callback` is a new
 *     reference to the callback or NULL, tracked by the collector
 *     (gc_track: it holds its callback, which may be part of a cycle), and
 *     linked into referent's list, where:
 *       a callback-free one goes first;
 *       one with a callback goes right after the callback-free one if the
 *       list starts with one, else first.
 *     So the list is CPython's order: the callback-free weak reference
 *     first, then the others, newest first.
 *
 *   The list: its head, a `WeakRef *` (NULL when the list is empty), lives
 *   inside the referent, `referent->type->weaklist_offset` bytes from its
 *   start (CPython's tp_weaklistoffset).  It is doubly linked through each
 *   WeakRef's `prev` and `next`: the first one's prev is NULL, the last
 *   one's next is NULL.  The runtime reads this list (weakref_list_of,
 *   clear_weakrefs when the referent dies, the collector), so it must stay
 *   well formed.
 *
 * Use the public API of the runtime (runtime.h) and the fields of WeakRef;
 * do not call weakref_new or keyedref_new.  Do not edit src/. */
#include "runtime.h"

Object *my_weakref_new(Object *referent, Object *callback)
{
    /* TODO: write my_weakref_new as specified above. */
    (void)referent;
    (void)callback;
    return NULL;
}
