/* Chapter 2 exercise get_referrers.  A reference solution; the specification
 * is in exercises/02-cycles/get_referrers.c. */
#include <stdbool.h>

#include "gc_state.h"
#include "runtime.h"

typedef struct Search {
    const Object *target;
    bool found;
} Search;

/* Stops the traverse (a nonzero result) at the first reference to the
 * target: one is enough to make a referrer. */
static int visit_find(Object *referent, void *arg)
{
    Search *search = arg;
    if (referent != search->target)
        return 0;
    search->found = true;
    return 1;
}

static bool refers_to(Object *candidate, const Object *target)
{
    Search search = {target, false};
    candidate->type->traverse(candidate, visit_find, &search);
    return search.found;
}

Object *my_get_referrers(Object *op)
{
    /* Made first: tracked, it is the last object of the walk, and skipped.
     * Appending allocates no object, so the tracked list stays as it is. */
    Object *result = list_new();
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GCHead *generation = GEN_HEAD(i);
        for (GCHead *g = gc_next(generation); g != generation; g = gc_next(g)) {
            Object *candidate = from_gc(g);
            if (candidate != result && refers_to(candidate, op))
                list_append(result, candidate);
        }
    }
    return result;
}
