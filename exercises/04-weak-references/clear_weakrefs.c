/* Chapter 4 exercise clear_weakrefs.  Re-implement what happens to an
 * object's weak references when it dies by reference counting.  Graded by
 * tests/exercises/04-weak-references/test_clear_weakrefs.c: run
 * `make grade CH=4`; `make hint EX=clear_weakrefs` gives a hint at a time.
 *
 * void my_clear_weakrefs(Object *op)
 *
 *   dealloc.c calls clear_weakrefs(op) when op's count has reached zero,
 *   before anything op holds is released (CPython: PyObject_ClearWeakRefs).
 *   The tests call yours on an object that is still alive, with weak
 *   references of every kind in its list (weakref.h: callback-free ones,
 *   ones with a callback, KeyedRefs).  In this order:
 *
 *   1. Every weak reference in op's list is cleared: taken out of the list,
 *      its referent set to NULL, so that weakref_get gives NULL.  All of
 *      them, before any callback runs: a callback that looks at any weak
 *      reference to op finds it cleared, and op's list empty.
 *   2. Then the callbacks run, one per weak reference that had one, in the
 *      order the list had them (the callback-free one first, then newest
 *      first: CPython's order), each called with its weak reference:
 *      call_weakref_callback(callback, wr).
 *
 *   - A weak reference whose own count is zero gets no call.  It is waiting
 *     in dealloc.c's trashcan to be freed (it died deep in a cascade, say),
 *     and a callback given it could bring it back to life.  It is cleared
 *     like the others.
 *   - A weak reference calls back once: afterwards it no longer holds its
 *     callback (its `callback` field is NULL), and the reference it held
 *     is released once the call is over.
 *   - A callback may do anything, such as drop the last reference to
 *     another weak reference whose call is still to come: each weak
 *     reference to be called, and its callback, must stay alive until its
 *     own call is over.
 *
 * Use the public API of the runtime (runtime.h: weakref_first,
 * weakref_clear_referent, weakref_callback, call_weakref_callback) and the
 * fields of WeakRef; do not call clear_weakrefs.  Do not edit src/. */
#include "runtime.h"

void my_clear_weakrefs(Object *op)
{
    /* TODO: write my_clear_weakrefs as specified above. */
    (void)op;
}
