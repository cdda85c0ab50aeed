/* Chapter 7 exercise backref_chain.  Why is this alive: the shortest chain
 * of references from a root down to an object, as objgraph's
 * find_backref_chain finds it.  Graded by
 * tests/exercises/07-leaks/test_backref_chain.c: run `make grade CH=7`;
 * `make hint EX=backref_chain` gives a hint at a time.
 *
 * Object *my_find_backref_chain(Object *obj, Object *root, long max_depth)
 *
 *   A new list [root, ..., obj]: each object in it refers to the next, and
 *   no shorter such chain exists.  Search breadth-first from obj over
 *   referrers, as gc_get_referrers(op) lists them (gc.h: every tracked
 *   object that refers to op, once, in the collector's order):
 *
 *   - obj is at depth 0; an object first reached from one at depth d is at
 *     depth d + 1 and remembers that one as its parent.  An object reached
 *     already is not reached again.
 *   - Objects are taken from the front of the queue and added at its end.
 *     One taken that is the root ends the search: the chain is it, its
 *     parent, its parent's parent, ... down to obj.
 *   - The referrers of one taken at depth max_depth or more are not looked
 *     at (max_depth 0: only obj itself is asked whether it is the root).
 *   - No root found: the list [obj].
 *
 *   Ties: of two chains of one length, the one found first wins, which is
 *   the one whose objects come first among the referrers: exactly what the
 *   order above gives.  Keep what you reached in a C array: a list of your
 *   own would be one more referrer of everything in it.  Release every
 *   list gc_get_referrers gives you.
 *
 * Do not call objgraph_find_backref_chain; do not edit src/. */
#include <stdlib.h>

#include "runtime.h"

Object *my_find_backref_chain(Object *obj, Object *root, long max_depth)
{
    /* TODO: write my_find_backref_chain as specified above. */
    (void)root, (void)max_depth;
    Object *chain = list_new();
    list_append(chain, obj);
    return chain;
}
