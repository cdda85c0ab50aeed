/* A bad submission: figures read off the old graded tests instead of
 * measured.  freed_by_decref answers by the type of what it drops, with
 * the counts of the old tests' heaps; bytes_per_node makes and frees a node
 * and a label n times (a test counts its allocations) but returns the old
 * tests' figure for a node of this build, whatever the label.  The old tests gave it
 * every point. */
#include "runtime.h"

/* The old tests' figures: the list they dropped held 5 objects, their chain
 * 1000 nodes, a class left 3; an instance cost 88 bytes. */
enum { OLD_LIST = 5, OLD_CHAIN = 1000, OLD_CLASS = 3, OLD_NODE_BYTES = 88 };

size_t freed_by_decref(Object *op)
{
    size_t freed = op->refcnt > 1 ? 0
                 : op->type == &ListType ? OLD_LIST
                 : op->type == &ClassType ? OLD_CLASS
                 : is_instance(op) ? OLD_CHAIN
                 : 1;
    decref(op);
    return freed;
}

size_t bytes_per_node(size_t n, size_t label_length)
{
    (void)label_length;
    Object *cls = class_new("Node", NULL);
    for (size_t i = 0; i < n; i++) {
        decref(instance_new(cls));
        decref(str_new(""));
    }
    decref(cls);
    return OLD_NODE_BYTES;
}
