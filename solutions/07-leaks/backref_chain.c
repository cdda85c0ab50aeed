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

/* An object reached, and the one it was reached from. */
typedef struct Reached {
    Object *op;
    size_t parent; /* index in the array, or NONE for obj */
    long depth;
} Reached;

#define NONE ((size_t)-1)

static bool was_reached(const Reached *reached, size_t count, const Object *op)
{
    for (size_t i = 0; i < count; i++)
        if (reached[i].op == op)
            return true;
    return false;
}

Object *my_find_backref_chain(Object *obj, Object *root, long max_depth)
{
    size_t capacity = 16, count = 0;
    Reached *reached = malloc(capacity * sizeof *reached);
    reached[count++] = (Reached){obj, NONE, 0};
    Object *chain = list_new();
    for (size_t head = 0; head < count; head++) {
        if (reached[head].op == root) {
            for (size_t i = head; i != NONE; i = reached[i].parent)
                list_append(chain, reached[i].op);
            free(reached);
            return chain;
        }
        if (reached[head].depth >= max_depth)
            continue;
        Object *referrers = gc_get_referrers(reached[head].op);
        for (size_t k = 0; k < list_size(referrers); k++) {
            Object *source = list_getitem(referrers, k);
            if (was_reached(reached, count, source))
                continue;
            if (count == capacity)
                reached = realloc(reached, (capacity *= 2) * sizeof *reached);
            reached[count++] = (Reached){source, head, reached[head].depth + 1};
        }
        decref(referrers);
    }
    free(reached);
    list_append(chain, obj);
    return chain;
}
