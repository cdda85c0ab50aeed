/* Chapter 5 exercise handle_resurrected_objects.  A reference solution;
 * the specification is in exercises/05-finalizers/
 * handle_resurrected_objects.c. */
#include "runtime.h"

/* Chapter 2's three phases, run again on the trash alone, answer the
 * question: a reference from outside it is a reference from a finalizer's
 * work, and move_unreachable keeps what such a reference reaches. */
void my_handle_resurrected_objects(GCHead *unreachable, GCHead *old)
{
    GCHead still_unreachable;
    gc_list_init(&still_unreachable);
    update_refs(unreachable); /* COLLECTING set again, gc_refs = refcnt */
    subtract_refs(unreachable);
    move_unreachable(unreachable, &still_unreachable);
    /* What stayed is what was resurrected, COLLECTING cleared. */
    gc_list_merge(unreachable, old);
    gc_list_merge(&still_unreachable, unreachable);
}
