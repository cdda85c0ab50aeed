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

typedef struct Grown {
    Object *name;
    long growth;
    size_t order;
} Grown;

static int by_growth(const void *a, const void *b)
{
    const Grown *x = a, *y = b;
    if (x->growth != y->growth)
        return x->growth > y->growth ? -1 : 1;
    return x->order < y->order ? -1 : 1;
}

Object *my_growing_types(Object *before, Object *after, long limit)
{
    Grown *grown = malloc((dict_size(after) + 1) * sizeof *grown);
    size_t count = 0, pos = 0;
    Object *name, *now;
    while (dict_next(after, &pos, &name, &now)) {
        Object *then = dict_getitem(before, name);
        long growth = int_value(now) - (then ? int_value(then) : 0);
        if (growth > 0) {
            grown[count] = (Grown){name, growth, count};
            count++;
        }
    }
    qsort(grown, count, sizeof *grown, by_growth);
    size_t kept = count;
    if (limit > 0 && (size_t)limit < count)
        kept = (size_t)limit;
    if (limit < 0)
        kept = (size_t)-limit < count ? count - (size_t)-limit : 0;
    Object *names = list_new();
    for (size_t i = 0; i < kept; i++)
        list_append(names, grown[i].name);
    free(grown);
    return names;
}
