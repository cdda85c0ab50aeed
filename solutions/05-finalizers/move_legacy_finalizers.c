/* Chapter 5 exercise move_legacy_finalizers.  A reference solution; the
 * specification is in exercises/05-finalizers/move_legacy_finalizers.c. */
#include "runtime.h"

/* Take g out of the trash, to the end of `to`. */
static void rescue(GCHead *g, GCHead *to)
{
    g->prev &= ~PREV_COLLECTING;
    gc_list_move(g, to);
}

/* A referent still in the trash is reached by a finalizer: it moves too,
 * to the end of the list being walked, which will traverse it in turn. */
static int visit_rescue(Object *op, void *finalizers)
{
    if (is_gc(op) && gc_is_collecting(as_gc(op)))
        rescue(as_gc(op), finalizers);
    return 0;
}

void my_move_legacy_finalizers(GCHead *unreachable, GCHead *finalizers)
{
    for (GCHead *g = gc_next(unreachable), *next; g != unreachable; g = next) {
        next = gc_next(g); /* read first: g may move */
        if (from_gc(g)->type->finalize != NULL)
            rescue(g, finalizers);
    }
    /* A walk that sees what it appends: no stack, and each object is
     * traversed once, since a moved object is no longer COLLECTING. */
    for (GCHead *g = gc_next(finalizers); g != finalizers; g = gc_next(g))
        from_gc(g)->type->traverse(from_gc(g), visit_rescue, finalizers);
}
