/* Chapter 4 exercise handle_weakrefs.  A reference solution; the
 * specification is in exercises/04-weak-references/handle_weakrefs.c. */
#include "runtime.h"

/* Is wr, just cleared, to be called back?  Not if it is trash itself
 * (COLLECTING is set only in the trash now), nor if its count is zero: it
 * is in the trashcan, untracked, about to be freed. */
static bool calls_back(Object *wr)
{
    return weakref_callback(wr) != NULL && wr->refcnt > 0 && !gc_is_collecting(as_gc(wr));
}

/* Clear the weak references to op; move those to be called to `to_call`,
 * each held by a new reference until its call is over. */
static void clear_weakrefs_to(Object *op, GCHead *to_call)
{
    Object *wr;
    while ((wr = weakref_first(op)) != NULL) {
        weakref_clear_referent(wr);
        if (calls_back(wr)) {
            incref(wr);
            gc_list_move(as_gc(wr), to_call);
        }
    }
}

/* Call the first of `to_call` and drop our reference: true if that freed
 * it (object_dealloc took it out of the list), else it moves to `old`. */
static bool call_first(GCHead *to_call, GCHead *old)
{
    GCHead *g = gc_next(to_call);
    Object *wr = from_gc(g);
    call_weakref_callback(weakref_callback(wr), wr);
    decref(wr);
    if (gc_next(to_call) != g)
        return true;
    gc_list_move(g, old);
    return false;
}

long my_handle_weakrefs(GCHead *unreachable, GCHead *old)
{
    GCHead to_call;
    gc_list_init(&to_call);
    for (GCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        Object *op = from_gc(g);
        if (is_weakref(op))
            weakref_clear_referent(op); /* trash: never called back */
        if (is_weakrefable(op))
            clear_weakrefs_to(op, &to_call);
    }
    long freed = 0;
    while (!gc_list_is_empty(&to_call))
        freed += call_first(&to_call, old);
    return freed;
}
