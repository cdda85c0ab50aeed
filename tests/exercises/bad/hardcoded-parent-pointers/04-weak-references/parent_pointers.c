/* A bad submission: the experiment's figures computed from the chapter's
 * claim (a weak tree leaves nothing, a strong one two objects per node)
 * instead of measured; the collection runs, for show.  The tree is not
 * written (it is one bare node), so that only the experiment is at
 * stake. */
#include "runtime.h"

Object *my_tree_new(Object *cls, size_t n, bool weak_parents)
{
    (void)n;
    (void)weak_parents;
    return instance_new(cls);
}

Object *my_parent(Object *node)
{
    (void)node;
    return NULL;
}

long my_collect_dropped_tree(Object *cls, size_t n, bool weak_parents)
{
    (void)cls;
    gc_collect();
    return weak_parents ? 0 : 2 * (long)n;
}
