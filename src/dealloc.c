/* dealloc.c: freeing an object and, in turn, what it held, with the C
 * stack bounded by a "trashcan".  Chapter 1.  CPython: _Py_Dealloc, and
 * the trashcan of 3.11 (Py_TRASHCAN_BEGIN and Py_TRASHCAN_END in
 * Include/cpython/object.h, _PyTrash_begin and _PyTrash_end in
 * Objects/object.c).
 *
 * Freeing a list releases its items, and an item whose count reaches zero
 * is freed in turn, by a nested call.  Plain recursion frees in the natural
 * order, depth first, but freeing the head of a chain of a million objects
 * would need a million nested calls and overflow the stack.  The trashcan
 * lets the nesting go UNWIND_LEVEL deep, as CPython does; an object that
 * dies deeper is set aside, and the objects set aside are freed once the
 * outermost dealloc has returned, each starting its own cascade near the
 * bottom of the stack.
 *
 * Invariant: trash_delete_nesting counts the deaths under way on the C
 * stack (object_dealloc between trash_begin and trash_end), never more than
 * UNWIND_LEVEL; every object in trash_delete_later has a count of zero and
 * its whole death still to come (no finalizer run, no weak reference
 * cleared, nothing released); the list is empty whenever the nesting is
 * zero. */
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

#define TRASH_MIN_CAPACITY 64

/* CPython keeps the same two in each thread's state.  Its list is linked
 * through the objects' GC heads; ours is an array used as a stack, so that
 * any object can wait in it, container or not, from chapter 1 on. */
static int trash_delete_nesting;
static Object **trash_delete_later;
static size_t trash_length;
static size_t trash_capacity;

/* Set op aside, last in, first out as CPython's list. */
static void trash_deposit_object(Object *op)
{
    if (trash_length == trash_capacity) {
        size_t capacity = trash_capacity ? 2 * trash_capacity : TRASH_MIN_CAPACITY;
        Object **grown = realloc(trash_delete_later, capacity * sizeof *grown);
        if (grown == NULL)
            fatal_out_of_memory("while freeing");
        trash_delete_later = grown;
        trash_capacity = capacity;
    }
    trash_delete_later[trash_length++] = op;
}

/* Release what op owns, then free op: the last step of a death. */
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

/* Everything that happens to op once its count is zero, in CPython
 * 3.11's order (subtype_dealloc's, inside its trashcan): any nested death
 * this causes, by a finalizer, a callback or a release, is inside the
 * trashcan too. */
static void destroy(Object *op)
{
//> 5 finalize_the_dying
    /* First its finalizer, if it has one that has not run: the object is
     * whole, and so is everything it holds.  It may come back to life. */
    if (finalize_from_dealloc(op))
        return;
//< 5 finalize_the_dying
//> 4 clear_weakrefs_of_the_dying
    /* Its weak references are cleared, and their callbacks run, before it
     * releases anything, so that a callback finds everything it held still
     * whole, as CPython's subtype_dealloc does. */
    if (is_weakrefable(op))
        clear_weakrefs(op);
//< 4 clear_weakrefs_of_the_dying
    release(op);
}

/* Called at nesting zero, when the deaths that deposited objects have all
 * returned.  The nesting is one while each deposited object is destroyed,
 * so that its trash_end does not start a second destroy_chain inside this
 * one; what it deposits in turn joins the list and is destroyed here. */
static void trash_destroy_chain(void)
{
    trash_delete_nesting++;
    while (trash_length > 0) {
        Object *op = trash_delete_later[--trash_length];
        trash_delete_nesting++;
        destroy(op);
        trash_delete_nesting--;
    }
    trash_delete_nesting--;
}

/* Returns true if op was set aside: its death must not go on now. */
static bool trash_begin(Object *op)
{
    if (trash_delete_nesting >= UNWIND_LEVEL) {
        trash_deposit_object(op);
        return true;
    }
    trash_delete_nesting++;
    return false;
}

static void trash_end(void)
{
    trash_delete_nesting--;
    if (trash_delete_nesting == 0 && trash_length > 0)
        trash_destroy_chain();
}

void object_dealloc(Object *op)
{
//> 2 untrack_the_dying
    /* An object whose count reached zero must not be collected too: that
     * would release it twice.  Untracked before the trashcan, as CPython's
     * deallocators do: an object set aside waits untracked. */
    if (is_gc(op))
        gc_untrack(op);
//< 2 untrack_the_dying
    if (trash_begin(op))
        return;
    destroy(op);
    trash_end();
}
