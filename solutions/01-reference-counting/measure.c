/* Chapter 1 exercise measure.  A reference solution; the specification is in
 * exercises/01-reference-counting/measure.c.
 *
 * What we found (x86-64, this runtime, as of chapter 1):
 *
 * - A node costs an instance and its label, 33 bytes plus one per
 *   character: sizeof(Str) (the header, the length and the hash, 32
 *   bytes) with the terminating NUL and the characters.  An empty label
 *   still costs 33 bytes.  The instance is sizeof(Instance) (the object
 *   header, 16 bytes, the number of values it has room for and the
 *   pointer to a dict of its own, which it never needs here) and a slot
 *   of 8 bytes for every key its class shares or can still share when it
 *   is made: the first nodes of a fresh class have room for 29 values,
 *   and each later one for one fewer, down to the two it uses and one
 *   more.  So the figure falls as n grows.  The "next" and "label" keys
 *   are not in the per-node cost: the class makes one str of each name,
 *   and every instance shares them.  (From chapter 2 a GC head comes in
 *   front of every instance, and chapter 4 adds a word for its weak
 *   references: the figure grows, the label's does not.)
 * - freed_by_decref of the last reference to a chain's head frees all n
 *   nodes and their labels (the cascade runs through "next" without
 *   recursion).  Of the class of the graded test's chain, linked by "next"
 *   alone, once its instances are gone, it frees 3 objects: the class, its
 *   name, and the shared "next" key it kept; a class whose instances also
 *   had labels keeps a fourth, the "label" key. */
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

size_t freed_by_decref(Object *op)
{
    size_t before = account_total().deallocations;
    decref(op);
    return account_total().deallocations - before;
}

/* A chain of n instances of cls, each holding the next in "next" and a
 * label of its own; returns the head (a new reference), or NULL for
 * n == 0. */
static Object *chain_of(Object *cls, size_t n, size_t label_length)
{
    char *chars = calloc(label_length + 1, 1);
    memset(chars, 'x', label_length);
    Object *head = NULL;
    for (size_t i = 0; i < n; i++) {
        Object *node = instance_new(cls);
        Object *label = str_from_bytes(chars, label_length);
        instance_setattr(node, "label", label);
        decref(label);
        if (head != NULL) {
            instance_setattr(node, "next", head);
            decref(head);
        }
        head = node;
    }
    free(chars);
    return head;
}

/* The live bytes that n nodes add to their class.  The keys are made
 * before the first measure, so that they are counted in neither. */
static size_t live_bytes_of_nodes(size_t n, size_t label_length)
{
    Object *cls = class_new("Node", NULL);
    class_name_key(cls, "next", true);
    class_name_key(cls, "label", true);
    size_t before = account_total().live_bytes;
    Object *head = chain_of(cls, n, label_length);
    size_t bytes = account_total().live_bytes - before;
    xdecref(head);
    decref(cls);
    return bytes;
}

/* live_bytes_of_nodes(0, ...) is 0: the class, its name and the keys are
 * made before the first measure, so the chain of n is already the
 * difference. */
size_t bytes_per_node(size_t n, size_t label_length)
{
    return live_bytes_of_nodes(n, label_length) / n;
}
