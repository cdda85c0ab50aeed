/* Chapter 2 exercise move_unreachable.  A reference solution; the
 * specification is in exercises/02-cycles/move_unreachable.c.
 *
 * The pass walks `collected` once.  During it, an object of the set is in
 * one of four states, told apart by its flags in O(1):
 *
 *   not met yet             COLLECTING set, prev holds gc_refs
 *   known reachable         COLLECTING clear (a visitor found it; the pass
 *                           has not met it yet, or has and kept it)
 *   tentatively unreachable COLLECTING set, NEXT_UNREACHABLE on its next;
 *                           in `unreachable`, doubly linked
 *
 * Unlike src/collect.c, which marks a referent not met yet with gc_refs 1
 * and clears COLLECTING when the pass keeps it, this version clears
 * COLLECTING as soon as an object is known reachable: visitors then skip it
 * at once.  A tentatively unreachable object that a reachable one refers to
 * is moved back to the end of `collected`, so that the pass meets it again
 * and traverses it: the tail of the list is the worklist. */
#include "runtime.h"

/* Append g (gc_refs 0, not met before) to the tentatively unreachable list:
 * prev pointers valid, so that it can be unlinked in O(1), and every next
 * marked. */
static void append_tentatively(GCHead *g, GCHead *unreachable)
{
    GCHead *last = gc_prev(unreachable);
    last->next = (uintptr_t)g | NEXT_UNREACHABLE;
    gc_set_prev(g, last); /* keeps COLLECTING and FINALIZED */
    g->next = (uintptr_t)unreachable | NEXT_UNREACHABLE;
    gc_set_prev(unreachable, g);
}

/* Every object of the set that a reachable object refers to is reachable. */
static int visit_reachable(Object *op, void *arg)
{
    GCHead *collected = arg;
    if (!is_gc(op) || !gc_is_collecting(as_gc(op)))
        return 0; /* outside the set, or already known reachable */
    GCHead *g = as_gc(op);
    if (gc_is_unreachable(g)) {
        /* Moved out too early: unlink it (its neighbours' next words keep
         * their mark), and append it to the list being walked. */
        GCHead *prev = gc_prev(g), *next = gc_next(g);
        prev->next = (uintptr_t)next | NEXT_UNREACHABLE;
        gc_set_prev(next, prev);
        GCHead *last = gc_prev(collected);
        gc_set_next(last, g);
        g->next = (uintptr_t)collected;
        gc_set_prev(collected, g);
    }
    g->prev &= ~PREV_COLLECTING; /* the pass will keep it */
    return 0;
}

void my_move_unreachable(GCHead *collected, GCHead *unreachable)
{
    GCHead *kept = collected; /* the last object kept: linked up to here */
    GCHead *g;
    while ((g = gc_next(kept)) != collected) {
        if (gc_is_collecting(g) && gc_get_refs(g) <= 0) {
            kept->next = g->next;
            append_tentatively(g, unreachable);
            continue;
        }
        /* Reachable: relink it, COLLECTING cleared, then what it refers to.
         * The visitors may append to the list: the loop meets them later. */
        g->prev = (uintptr_t)kept | (g->prev & PREV_FINALIZED);
        Object *op = from_gc(g);
        op->type->traverse(op, visit_reachable, collected);
        kept = g;
    }
    /* The last object kept is the last of the list.  (If the pass moved the
     * list's last object out, it did so at its very end: nothing was
     * appended after it.) */
    collected->prev = (uintptr_t)kept;
    unreachable->next &= ~NEXT_UNREACHABLE;
    for (g = gc_next(unreachable); g != unreachable; g = gc_next(g))
        g->next &= ~NEXT_UNREACHABLE;
}
