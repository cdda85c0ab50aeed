/* Chapter 1 exercise measure.  Answer two questions by measuring, with the
 * allocation account of src/account.h.  Graded by tests/exercises/
 * 01-reference-counting/test_measure.c: run `make grade CH=1`;
 * `make hint EX=measure` gives a hint at a time.
 *
 * size_t freed_by_decref(Object *op)
 *
 *   Drops one reference to `op` (the caller's) and returns how many objects
 *   that freed: 0 if op had other references, 1 for an int with no other,
 *   and for a container, the container and everything that was alive only
 *   through it.  Measure it: compare account_total() before and after.
 *
 * size_t bytes_per_node(size_t n)
 *
 *   How many bytes of live objects does one node of a linked chain cost?
 *   For n >= 1: make a class "Node" (inside this function), build a chain of
 *   n instances of it, each but the last holding the next in its attribute
 *   "next", and measure the account's live_bytes per node.  Count only what
 *   the nodes add: not the class, nor its name, nor the "next" key that the
 *   class keeps for all its instances (see class.h).  The answer must be
 *   exact for every n: the difference between a chain of n nodes and a chain
 *   of 0, divided by n.  Free everything you made before returning.
 *
 * Not graded, but the point of the exercise: when your measurement passes,
 * write below, in the comment marked TODO, what you found and why.  What
 * does one node cost, in which struct, and what do the figures leave out
 * (where does an instance keep its attributes, and are those bytes in the
 * account)?  What does freed_by_decref return for the class once its
 * instances are gone, and why that number?
 *
 * Use only the public API of the runtime (runtime.h).  Do not edit src/. */
#include "runtime.h"

/* TODO: what I found, and why:
 *
 */

size_t freed_by_decref(Object *op)
{
    /* TODO */
    (void)op;
    return 0;
}

size_t bytes_per_node(size_t n)
{
    /* TODO */
    (void)n;
    return 0;
}
