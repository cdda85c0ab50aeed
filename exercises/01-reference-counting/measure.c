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
 * size_t bytes_per_node(size_t n, size_t label_length)
 *
 *   How many bytes of live objects does one node of a linked chain cost?
 *   For n >= 1: make a class "Node" (inside this function), build a chain of
 *   n instances of it, each but the last holding the next in its attribute
 *   "next", and each holding in its attribute "label" a new str of its own,
 *   label_length characters long (any characters; 0 makes the empty str).
 *   Give each node its attributes as you make it, before the next node:
 *   a class gives a new instance room for the names it can still share
 *   (class.h), and nodes made first and labelled later would find none.
 *   Measure the account's live_bytes per node.  Count only what the nodes
 *   add, their labels included: not the class, nor its name, nor the
 *   "next" and "label" keys that the class keeps for all its instances (see
 *   class.h).  The answer must be exact for every n and every length: the
 *   difference between a chain of n nodes and a chain of 0, divided by n.
 *   Free everything you made before returning.  (The tests choose n and the
 *   length at random: measure, do not compute.)
 *
 * Not graded, but the point of the exercise: when your measurement passes,
 * write below, in the comment marked TODO, what you found and why.  What
 * does one node cost, in which structs, and how does the cost grow with
 * the label's length?  What do the figures leave out (where does an
 * instance keep its attributes, and are those bytes in the account)?  What
 * does freed_by_decref return for the class once its instances are gone,
 * and why that number?
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

size_t bytes_per_node(size_t n, size_t label_length)
{
    /* TODO */
    (void)n;
    (void)label_length;
    return 0;
}
