/* half_cleared.c: chapter 4.  Why a collection clears the weak references
 * to its garbage before anything else.  a and b point at each other and are
 * garbage; the program keeps `peek`, a weak reference to b, and `outside`,
 * a weak reference to a whose callback looks at b through peek and keeps
 * what it finds.  First the program does by hand what delete_garbage would
 * do if nothing cleared the weak references first: it clears b.  Then it
 * builds the same heap again and lets gc_collect() do it properly. */
#include <stdio.h>

#include "runtime.h"

static Object *peek;
static Object *rescued; /* what the callback kept */

static void look_at_b(Object *data, Object *wr)
{
    (void)data, (void)wr;
    Object *b = weakref_get(peek);
    if (b == NULL) {
        printf("  callback: peek() is NULL, nothing to look at\n");
        return;
    }
    printf("  callback: peek() gives b back; b.partner is %s\n",
           instance_getattr(b, "partner") ? "there" : "missing");
    rescued = b; /* kept: b is alive again, cleared */
}

/* a <-> b, unreachable; peek to b, outside to a (returned). */
static Object *make_heap(Object *Node)
{
    Object *a = instance_new(Node);
    Object *b = instance_new(Node);
    instance_setattr(a, "partner", b);
    instance_setattr(b, "partner", a);
    Object *callback = callback_new(look_at_b, NULL);
    Object *outside = weakref_new(a, callback);
    peek = weakref_new(b, NULL);
    decref(callback);
    decref(a);
    decref(b);
    return outside;
}

int main(void)
{
    Object *Node = class_new("Node", NULL);

    printf("clearing b first, as delete_garbage would without handle_weakrefs:\n");
    Object *outside = make_heap(Node);
    Object *b = weakref_get(peek);
    b->type->clear(b); /* b lets go of a, whose count falls to 0 */
    decref(b);
    printf("  after the clear: %zu Node alive, the one the callback kept\n",
           ((Class *)Node)->instance_type.account.live_objects);
    xdecref(rescued);
    rescued = NULL;
    decref(peek);
    decref(outside);

    printf("the same heap, collected by gc_collect():\n");
    outside = make_heap(Node);
    printf("  gc_collect() returned %ld\n", gc_collect());
    printf("  %zu Nodes alive\n", ((Class *)Node)->instance_type.account.live_objects);
    decref(peek);
    decref(outside);
    decref(Node);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
