/* finalize_dealloc.c: chapter 5's deaths by reference counting.  A Node
 * whose finalizer reads its own attribute and its own weak reference, which
 * still works: the finalizer runs first, and only then are the weak
 * references cleared and their callbacks run.  Then a Phoenix whose
 * finalizer stores it in a list, the lifeboat: it is resurrected, an
 * ordinary object again, and when the lifeboat lets go it dies for good
 * without a second call of its finalizer. */
#include <stdio.h>

#include "runtime.h"

static Object *watch;    /* a weak reference to the Node, with a callback */
static Object *lifeboat; /* where the Phoenix's finalizer puts it */

static void node_finalizer(Object *self)
{
    Object *target = weakref_get(watch);
    printf("finalizer of the Node: its data holds %zu item, watch() is %s\n",
           list_size(instance_getattr(self, "data")),
           target == self ? "the Node" : "NULL");
    xdecref(target);
}

static void watch_died(Object *data, Object *wr)
{
    (void)data;
    Object *target = weakref_get(wr);
    printf("callback of watch: watch() is %s\n", target ? "an object" : "NULL");
    xdecref(target);
}

static void phoenix_finalizer(Object *self)
{
    printf("finalizer of the Phoenix: into the lifeboat\n");
    list_append(lifeboat, self);
}

static size_t live(Object *cls)
{
    return ((Class *)cls)->instance_type.account.live_objects;
}

int main(void)
{
    Object *Node = class_new("Node", node_finalizer);
    Object *node = instance_new(Node);
    Object *data = list_new();
    list_append(data, Node);
    instance_setattr(node, "data", data);
    decref(data);
    Object *callback = callback_new(watch_died, NULL);
    watch = weakref_new(node, callback);
    decref(callback);
    printf("decref(node)\n");
    decref(node);
    printf("Nodes alive: %zu\n\n", live(Node));

    Object *Phoenix = class_new("Phoenix", phoenix_finalizer);
    lifeboat = list_new();
    Object *phoenix = instance_new(Phoenix);
    Object *peek = weakref_new(phoenix, NULL);
    printf("decref(phoenix)\n");
    decref(phoenix);
    Object *back = weakref_get(peek);
    printf("Phoenixes alive: %zu, count %ld (the lifeboat's and ours), "
           "tracked: %s, finalized: %s\n",
           live(Phoenix), (long)back->refcnt, gc_is_tracked(back) ? "yes" : "no",
           gc_is_finalized(back) ? "yes" : "no");
    decref(back);
    printf("the lifeboat lets go\n");
    decref(list_pop(lifeboat, 0));
    back = weakref_get(peek);
    printf("Phoenixes alive: %zu, peek() is %s\n", live(Phoenix), back ? "an object" : "NULL");

    decref(peek);
    decref(watch);
    decref(lifeboat);
    decref(Phoenix);
    decref(Node);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
