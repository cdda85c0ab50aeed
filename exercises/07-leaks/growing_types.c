/* Chapter 7 exercise growing_types.  Finding the leak from two counts by
 * type, as objgraph's show_growth reads them.  Graded by
 * tests/exercises/07-leaks/test_growing_types.c: run `make grade CH=7`;
 * `make hint EX=growing_types` gives a hint at a time.
 *
 * Object *my_growing_types(Object *before, Object *after, long limit)
 *
 *   before and after are dicts {type name (a str): count (an int)}, as
 *   objgraph.typestats() returns them at two points of a program.  Return
 *   a new list of the names of the types that grew: those whose count in
 *   after is above their count in before (0 if before lacks them), in
 *   objgraph's order:
 *
 *   - the largest growth first;
 *   - of equal growths, the name that comes first in after first (Python's
 *     sort is stable, and objgraph sorts the names in the order the dict
 *     of counts has them);
 *   - limit > 0 keeps the first `limit` names, limit 0 keeps them all, and
 *     a negative limit drops that many from the end (Python's [:limit]).
 *
 *   Leave before and after as they were.
 *
 * Do not call objgraph_growth or objgraph_most_common; do not edit src/. */
#include <stdlib.h>

#include "runtime.h"

Object *my_growing_types(Object *before, Object *after, long limit)
{
    /* TODO: write my_growing_types as specified above. */
    (void)before, (void)after, (void)limit;
    return list_new();
}
