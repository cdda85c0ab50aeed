/* Chapter 4 exercise parent_pointers.  A reference solution; the
 * specification is in exercises/04-weak-references/parent_pointers.c. */
#include <stdlib.h>

#include "runtime.h"

static Object *node_new(Object *cls)
{
    Object *node = instance_new(cls);
    Object *children = list_new();
    instance_setattr(node, "children", children);
    decref(children);
    return node;
}

/* Make child parent's last child.  A callback-free weak reference is shared:
 * all the children of one parent hold the same one. */
static void adopt(Object *parent, Object *child, bool weak_parents)
{
    list_append(instance_getattr(parent, "children"), child);
    Object *link = weak_parents ? weakref_new(parent, NULL) : newref(parent);
    instance_setattr(child, "parent", link);
    decref(link);
}

Object *my_tree_new(Object *cls, size_t n, bool weak_parents)
{
    /* Borrowed: each node but the root is held by its parent's list. */
    Object **nodes = malloc(n * sizeof *nodes);
    if (nodes == NULL)
        fatal_out_of_memory("building a tree");
    Object *root = nodes[0] = node_new(cls);
    for (size_t i = 1; i < n; i++) {
        nodes[i] = node_new(cls);
        adopt(nodes[(i - 1) / 2], nodes[i], weak_parents);
        decref(nodes[i]);
    }
    free(nodes);
    return root;
}

Object *my_parent(Object *node)
{
    Object *link = instance_getattr(node, "parent");
    if (link == NULL)
        return NULL; /* the root */
    return is_weakref(link) ? weakref_get(link) : newref(link);
}

long my_collect_dropped_tree(Object *cls, size_t n, bool weak_parents)
{
    decref(my_tree_new(cls, n, weak_parents));
    return gc_collect();
}
