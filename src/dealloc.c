/* dealloc.c: freeing an object and, in turn, what it held, without
 * recursion.  Chapter 1.  CPython: _Py_Dealloc, and the "trashcan"
 * (Py_TRASHCAN_BEGIN in Include/cpython/object.h) that bounds its depth.
 *
 * Freeing a list releases its items, and an item whose count reaches zero is
 * freed in turn.  Done by plain recursion, freeing the head of a chain of a
 * million objects needs a million nested C calls and overflows the stack.
 * CPython limits the nesting to 50 levels and defers deeper objects.  We never
 * nest at all: a count that reaches zero puts the object on a worklist, and
 * only the outermost object_dealloc drains it.
 *
 * Invariant: every object on the worklist has a count of zero and has not
 * been released yet; the C stack holds at most one dealloc at a time.
 *
 * The objects an object releases are processed before anything that was
 * already waiting, and in the order it released them: the same order as
 * CPython's recursion, so that finalizers (chapter 5) run in CPython's order. */
#include <stdbool.h>
#include <stdlib.h>

#include "debug.h"
//> 2 include_gc
#include "gc.h"
//< 2 include_gc
#include "object.h"
//> 5 include_finalize
#include "finalize.h"
//< 5 include_finalize
//> 4 include_weakref
#include "weakref.h"
//< 4 include_weakref

static Object **worklist;
static size_t worklist_length;
static size_t worklist_capacity;
static bool draining;

static void worklist_push(Object *op)
{
    if (worklist_length == worklist_capacity) {
        size_t capacity = worklist_capacity ? 2 * worklist_capacity : 64;
        Object **grown = realloc(worklist, capacity * sizeof *grown);
        if (grown == NULL)
            fatal_out_of_memory("while freeing");
        worklist = grown;
        worklist_capacity = capacity;
    }
    worklist[worklist_length++] = op;
}

/* Reverse worklist[from..length): the first object released comes out first. */
static void worklist_reverse_from(size_t from)
{
    for (size_t i = from, j = worklist_length; i + 1 < j; i++, j--) {
        Object *swap = worklist[i];
        worklist[i] = worklist[j - 1];
        worklist[j - 1] = swap;
    }
}

/* Release what op owns, then free op.  Decrefs made by the type's dealloc
 * land on the worklist instead of recursing. */
static void release(Object *op)
{
    Type *type = op->type;
    size_t size = object_size(op);
    if (type->dealloc)
        type->dealloc(op);
//> 2 count_container_frees
    if (type->flags & TYPE_GC)
        gc_on_free();
//< 2 count_container_frees
    account_freed(type, size);
    free_object_memory(op);
}

void object_dealloc(Object *op)
{
//> 2 untrack_the_dying
    /* An object whose count reached zero must not be collected too: that
     * would release it twice. */
    if (is_gc(op))
        gc_untrack(op);
//< 2 untrack_the_dying
//> 5 finalize_the_dying
    /* First its finalizer, if it has one that has not run: the object is
     * whole, and so is everything it holds.  It may come back to life. */
    if (finalize_from_dealloc(op))
        return;
//< 5 finalize_the_dying
//> 4 clear_weakrefs_of_the_dying
    /* Its weak references are cleared, and their callbacks run, the moment
     * its count reaches zero, while everything it holds is still whole: as
     * CPython's subtype_dealloc does before releasing anything, so that a
     * callback runs at the same point of the program as in CPython, even
     * when op waits on the worklist below. */
    if (is_weakrefable(op))
        clear_weakrefs(op);
//< 4 clear_weakrefs_of_the_dying
    worklist_push(op);
    if (draining)
        return;
    draining = true;
    while (worklist_length > 0) {
        Object *next = worklist[--worklist_length];
        size_t released_from = worklist_length;
        release(next);
        worklist_reverse_from(released_from);
    }
    draining = false;
}
