/* Chapter 2 exercise subtract_refs.  A reference solution; the specification
 * is in exercises/02-cycles/subtract_refs.c. */
#include "runtime.h"

/* One reference to op from inside the set: not one from outside.  An atom
 * has no GC head, and an object outside the set (untracked, or in another
 * list) has COLLECTING clear: neither is touched. */
static int visit_subtract(Object *op, void *arg)
{
    (void)arg;
    if (is_gc(op) && gc_is_collecting(as_gc(op)))
        gc_decref(as_gc(op));
    return 0;
}

void my_subtract_refs(GCHead *collected)
{
    /* prev holds gc_refs during this phase: follow next only. */
    for (GCHead *g = gc_next(collected); g != collected; g = gc_next(g)) {
        Object *op = from_gc(g);
        op->type->traverse(op, visit_subtract, NULL);
    }
}
