/* Chapter 5 exercise finalize_from_dealloc.  A reference solution; the
 * specification is in exercises/05-finalizers/finalize_from_dealloc.c. */
#include "runtime.h"

void my_call_finalizer(Object *op)
{
    op->type->finalize(op);
    as_gc(op)->prev |= PREV_FINALIZED; /* after, as PyObject_CallFinalizer */
}

static bool has_finalizer_to_run(const Object *op)
{
    return is_gc(op) && op->type->finalize != NULL && !gc_is_finalized(op);
}

/* A count of 1 is our reference: decref would free op from under
 * object_dealloc, so the count is set and read by hand. */
bool my_finalize_from_dealloc(Object *op)
{
    if (!has_finalizer_to_run(op))
        return false;
    op->refcnt = 1;
    gc_track(op);
    my_call_finalizer(op);
    if (--op->refcnt > 0)
        return true; /* resurrected: an ordinary, tracked object */
    gc_untrack(op);
    return false;
}
