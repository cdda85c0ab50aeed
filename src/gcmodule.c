/* gcmodule.c: the collector's controls and introspection, with the names of
 * CPython's gc module.  Chapter 2.  CPython: Modules/gcmodule.c. */
#include "gc_state.h"
#include "list.h"

void gc_enable(void)
{
    gc_state.enabled = true;
}

void gc_disable(void)
{
    gc_state.enabled = false;
}

bool gc_isenabled(void)
{
    return gc_state.enabled;
}

long gc_get_threshold(void)
{
    return gc_state.threshold;
}

void gc_set_threshold(long threshold)
{
    gc_state.threshold = threshold;
}

long gc_get_count(void)
{
    return gc_state.count;
}

/* Every tracked object but the list being built, as CPython's. */
Object *gc_get_objects(void)
{
    Object *result = list_new();
    GCHead *tracked = &gc_state.tracked;
    for (GCHead *g = gc_next(tracked); g != tracked; g = gc_next(g))
        if (from_gc(g) != result)
            list_append(result, from_gc(g));
    return result;
}

typedef struct Search {
    Object *target;
    bool found;
} Search;

static int visit_find(Object *op, void *arg)
{
    Search *search = arg;
    if (op == search->target) {
        search->found = true;
        return 1; /* stop the traverse */
    }
    return 0;
}

/* The tracked objects whose traverse visits op. */
Object *gc_get_referrers(Object *op)
{
    Object *result = list_new();
    GCHead *tracked = &gc_state.tracked;
    for (GCHead *g = gc_next(tracked); g != tracked; g = gc_next(g)) {
        Object *candidate = from_gc(g);
        Search search = {op, false};
        if (candidate != result) {
            candidate->type->traverse(candidate, visit_find, &search);
            if (search.found)
                list_append(result, candidate);
        }
    }
    return result;
}

static int visit_append(Object *op, void *list)
{
    list_append(list, op);
    return 0;
}

/* What op's traverse visits; nothing for an atom. */
Object *gc_get_referents(Object *op)
{
    Object *result = list_new();
    if (op->type->traverse)
        op->type->traverse(op, visit_append, result);
    return result;
}
