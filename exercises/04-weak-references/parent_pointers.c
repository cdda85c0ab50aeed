/* Chapter 4 exercise parent_pointers.  Build a tree whose nodes know their
 * parent, once with strong parent links and once with weak ones, and
 * measure what each leaves for the collector.  Graded by tests/exercises/
 * 04-weak-references/test_parent_pointers.c: run `make grade CH=4`;
 * `make hint EX=parent_pointers` gives a hint at a time.
 *
 * A parent holds its children, and a child that holds its parent makes a
 * cycle with it: a tree of such nodes, dropped, is freed only by the
 * collector.  With a weak parent link there is no cycle at all.
 *
 * Object *my_tree_new(Object *cls, size_t n, bool weak_parents)
 *
 *   A tree of n nodes (n >= 1), each a new instance of the class `cls`,
 *   numbered 0 to n - 1 breadth first: node 0 is the root, and node i
 *   (i >= 1) is a child of node (i - 1) / 2, so each node has at most two
 *   children, node 2i + 1 first and then node 2i + 2.  Every node has the
 *   attribute "children": a list of its children in that order (an empty
 *   list for a leaf).  Every node but the root has the attribute "parent":
 *     if weak_parents, a weak reference to its parent without a callback
 *     (weakref_new(parent, NULL));
 *     otherwise, its parent itself.
 *   The root has no "parent" attribute.  Returns a new reference to the
 *   root, which is the only reference from outside the tree: every other
 *   node is held by its parent's list of children (and by its own
 *   children, if parents are strong), and nothing else.
 *
 * Object *my_parent(Object *node)
 *
 *   A new reference to node's parent, for either kind of tree; NULL for
 *   the root, and for a node whose weakly held parent has died.
 *
 * long my_collect_dropped_tree(Object *cls, size_t n, bool weak_parents)
 *
 *   The experiment: build a tree with my_tree_new, drop the reference to
 *   its root, and return what a full collection (gc_collect()) then finds,
 *   all of it: the tests leave other garbage about for it to find too.
 *
 * Use the public API of the runtime (runtime.h).  Do not edit src/. */
#include "runtime.h"

Object *my_tree_new(Object *cls, size_t n, bool weak_parents)
{
    /* TODO: write my_tree_new as specified above. */
    (void)cls;
    (void)n;
    (void)weak_parents;
    return NULL;
}

Object *my_parent(Object *node)
{
    /* TODO */
    (void)node;
    return NULL;
}

long my_collect_dropped_tree(Object *cls, size_t n, bool weak_parents)
{
    /* TODO */
    (void)cls;
    (void)n;
    (void)weak_parents;
    return -1;
}
