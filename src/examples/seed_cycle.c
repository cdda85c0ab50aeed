/* seed_cycle.c: chapter 2's first program.  The seed article's first example
 * in our runtime: create_cycle() makes two Nodes that point at each other and
 * returns; the article says gc.collect() cannot free them. */
#include <stdio.h>

#include "runtime.h"

static void create_cycle(Object *Node)
{
    Object *node1 = instance_new(Node);
    Object *node2 = instance_new(Node);
    instance_setattr(node1, "next", node2);
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
    create_cycle(Node);
    printf("after create_cycle(): %zu Node objects alive\n", live_nodes(Node));
    printf("gc_collect() returned %ld\n", gc_collect());
    printf("after gc_collect(): %zu Node objects alive\n", live_nodes(Node));
    decref(Node);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
