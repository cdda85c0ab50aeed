/* Chapter 5 exercise finalize_from_dealloc.  Re-implement how a finalizer
 * runs, once, when its object's count reaches zero.  Graded by
 * tests/exercises/05-finalizers/test_finalize_from_dealloc.c: run
 * `make grade CH=5`; `make hint EX=finalize_from_dealloc` gives a hint at a
 * time.
 *
 * A type's finalizer is its `finalize` slot (object.h; a class's __del__,
 * class_new's second argument).  Only containers have one in this runtime:
 * whether it has run is the FINALIZED bit of the GC head's prev word
 * (gc_head.h), which gc_is_finalized reads and nothing ever clears.
 *
 * void my_call_finalizer(Object *op)
 *
 *   The caller holds a reference to op, and has checked that op has a
 *   finalizer that has not run.  Call its finalizer, then mark op
 *   finalized (set PREV_FINALIZED in as_gc(op)->prev, leaving the rest of
 *   that word alone): the mark comes after, as CPython 3.11's
 *   PyObject_CallFinalizer sets it, so that while the finalizer of an
 *   object dying by reference counting runs, gc_is_finalized(op) is still
 *   false.  (A collection marks first: that is finalize_garbage's rule.)
 *
 * bool my_finalize_from_dealloc(Object *op)
 *
 *   dealloc.c's step (object_dealloc) for an object whose count has just
 *   reached zero: op->refcnt is 0, op is untracked, and nothing of it has
 *   been released yet.  Returns true if op must not be freed.
 *   - If op is not a container, or has no finalizer, or its finalizer has
 *     already run: do nothing, return false.
 *   - Otherwise op is an ordinary object again while its finalizer runs,
 *     called with my_call_finalizer: its count is 1 (your reference, the
 *     only one), and it is tracked (gc_track), so that a collection that
 *     the finalizer starts sees it, whole and reachable.
 *   - Afterwards, drop your reference without freeing op (object_dealloc is
 *     running on it already).  If the finalizer stored a reference to op
 *     somewhere, op's count is still above zero: op is resurrected, stays
 *     tracked, and true is returned.  Otherwise its count is 0 again, and
 *     it is untracked again, as it came: false, and object_dealloc frees it.
 *
 * Use the public API of the runtime (runtime.h, with gc_head.h); do not call
 * call_finalizer, finalize_from_dealloc nor needs_finalizing.  Do not edit
 * src/. */
#include "runtime.h"

void my_call_finalizer(Object *op)
{
    /* TODO: write my_call_finalizer as specified above. */
    (void)op;
}

bool my_finalize_from_dealloc(Object *op)
{
    /* TODO: write my_finalize_from_dealloc as specified above. */
    (void)op;
    return false;
}
