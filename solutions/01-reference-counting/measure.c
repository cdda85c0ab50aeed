/* Chapter 1 exercise measure.  A reference solution; the specification is in
 * exercises/01-reference-counting/measure.c.
 *
 * What we found (x86-64, this runtime):
 *
 * - A node costs 64 bytes: sizeof(Instance), the object header (a count and
 *   a type pointer, 16 bytes) and the Table of its attributes (48 bytes).
 *   The table's entries and index are buffers of their own, malloc'd by
 *   table.c: they are not objects, so the account does not see them.  The
 *   real cost of a node is about 304 bytes with glibc (mallinfo2): the
 *   instance (64 + 16 of malloc's header), its table's 8 entries (128 + 16)
 *   and its index of 8 slots (64 + 16).  The "next" key is not in the
 *   per-node cost either: the class makes one str "next" (37 bytes) and
 *   every instance shares it.
 * - freed_by_decref of the last reference to a chain's head frees all n
 *   nodes (the cascade runs through "next" without recursion); of the class,
 *   once its instances are gone, it frees 3 objects: the class, its name,
 *   and the shared "next" key it kept. */
#include "runtime.h"

size_t freed_by_decref(Object *op)
{
    size_t before = account_total().deallocations;
    decref(op);
    return account_total().deallocations - before;
}

/* A chain of n instances of cls, each holding the next in "next"; returns
 * the head (a new reference), or NULL for n == 0. */
static Object *chain_of(Object *cls, size_t n)
{
    Object *head = NULL;
    for (size_t i = 0; i < n; i++) {
        Object *node = instance_new(cls);
        if (head != NULL) {
            instance_setattr(node, "next", head);
            decref(head);
        }
        head = node;
    }
    return head;
}

/* The live bytes that n nodes add to their class.  The "next" key is made
 * before the first measure, so that it is counted in neither. */
static size_t live_bytes_of_nodes(size_t n)
{
    Object *cls = class_new("Node", NULL);
    class_name_key(cls, "next", true);
    size_t before = account_total().live_bytes;
    Object *head = chain_of(cls, n);
    size_t bytes = account_total().live_bytes - before;
    xdecref(head);
    decref(cls);
    return bytes;
}

/* live_bytes_of_nodes(0) is 0: the class, its name and the key are made
 * before the first measure, so the chain of n is already the difference. */
size_t bytes_per_node(size_t n)
{
    return live_bytes_of_nodes(n) / n;
}
