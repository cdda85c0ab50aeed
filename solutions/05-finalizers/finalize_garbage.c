/* Chapter 5 exercise finalize_garbage.  A reference solution; the
 * specification is in exercises/05-finalizers/finalize_garbage.c. */
#include "runtime.h"

/* Finalize op if it needs it, holding it meanwhile; 1 if it did. */
static long finalize_one(Object *op)
{
    if (!needs_finalizing(op))
        return 0;
    incref(op);
    mark_finalized(op); /* first, as CPython's collector */
    op->type->finalize(op);
    decref(op); /* may free op, which then leaves its list */
    return 1;
}

/* The walk always takes the first object of `unreachable`, after moving it
 * to `done`: a finalizer can free any object of either list, including
 * the one it belongs to, and no pointer of the walk's outlives a call. */
long my_finalize_garbage(GCHead *unreachable)
{
    GCHead done;
    gc_list_init(&done);
    long called = 0;
    while (!gc_list_is_empty(unreachable)) {
        GCHead *g = gc_next(unreachable);
        gc_list_move(g, &done);
        called += finalize_one(from_gc(g));
    }
    gc_list_merge(&done, unreachable);
    return called;
}
