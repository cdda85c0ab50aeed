/* seed_weak_link.c: chapter 4's first program.  The seed article's second
 * example in our runtime: create_weak_link() makes two Nodes, node1.next a
 * weak reference to node2 and node2.next node1, and returns.  The article
 * says gc.collect() then frees "the cycle"; there is none to free. */
#include <stdio.h>

#include "runtime.h"

static void create_weak_link(Object *Node)
{
    Object *node1 = instance_new(Node);
    Object *node2 = instance_new(Node);
    Object *link = weakref_new(node2, NULL);
    instance_setattr(node1, "next", link); /* node1.next = weakref.ref(node2) */
    decref(link);
    instance_setattr(node2, "next", node1);
    decref(node1); /* the function returns: its variables go */
    decref(node2);
}

static size_t live_nodes(Object *Node)
{
    return ((Class *)Node)->instance_type.account.live_objects;
}

int main(void)
{
    Object *Node = class_new("Node", NULL);
    create_weak_link(Node);
    printf("after create_weak_link(): %zu Node objects alive, %zu weak references\n",
           live_nodes(Node), WeakRefType.account.live_objects);
    printf("gc_collect() returned %ld\n", gc_collect());
    decref(Node);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
