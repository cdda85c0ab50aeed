/* finalize.c: running finalizers once.  Chapter 5.
 * CPython: Objects/object.c (PyObject_CallFinalizer,
 * PyObject_CallFinalizerFromDealloc). */
#include "finalize.h"

#include <assert.h>

#include "collect.h"
#include "debug.h"
#include "gc_list.h"
#include "gc_state.h"

bool needs_finalizing(const Object *op)
{
    CHECK_NOT_NULL(op);
    return op->type->finalize != NULL && is_gc(op) && !gc_is_finalized(op);
}

void mark_finalized(Object *op)
{
    if (op == NULL || !is_gc(op))
        fatal_misuse(op, "mark_finalized: not a container (only those have the bit)");
    as_gc(op)->prev |= PREV_FINALIZED;
}

/* Marked after the call, as in CPython 3.11: a finalizer that asks
 * gc_is_finalized about its own object is told false here, and true in a
 * collection.  Running it twice is not possible meanwhile: the caller's
 * reference keeps the object alive, and counts as one from outside in any
 * collection the finalizer starts. */
void call_finalizer(Object *op)
{
    if (op == NULL || op->type->finalize == NULL)
        fatal_misuse(op, "call_finalizer: no finalizer");
    assert(op->refcnt > 0); /* the caller's reference */
    op->type->finalize(op);
    mark_finalized(op);
}

/* The object's count is zero and it is untracked.  While its finalizer
 * runs it is an ordinary object again: one reference (ours), and tracked,
 * so that a collection the finalizer starts sees it whole and, through the
 * reference we hold, reachable.  CPython's subtype_dealloc does the same. */
bool finalize_from_dealloc(Object *op)
{
    if (!needs_finalizing(op))
        return false;
    op->refcnt = 1;
    gc_track(op);
    call_finalizer(op);
    if (--op->refcnt > 0)
        return true; /* someone else holds it now: it stays, tracked */
    gc_untrack(op);
    return false;
}

/* The objects of `list` are walked in a list of their own, so that those
 * their finalizers make, tracked in the youngest generation, are not
 * walked in turn: a finalizer that makes an object with a finalizer would
 * otherwise never let the walk end.  They are left unfinalized, as CPython
 * 3.11 leaves what the finalizers of its last shutdown collection make to
 * the process's exit.  The list keeps its order, the new objects last. */
static void finalize_list(GCHead *list)
{
    GCHead walk;
    gc_list_init(&walk);
    gc_list_merge(list, &walk);
    finalize_garbage(&walk);
    gc_list_merge(list, &walk);
    gc_list_merge(&walk, list);
}

void finalize_remaining(void)
{
    bool collecting = gc_state.collecting;
    gc_state.collecting = true;
    for (int i = 0; i < NUM_GENERATIONS; i++)
        finalize_list(GEN_HEAD(i));
    finalize_list(&gc_state.permanent);
    gc_state.collecting = collecting;
}
