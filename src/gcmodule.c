/* gcmodule.c: the collector's controls and introspection, with the names of
 * CPython's gc module.  Chapter 2.  CPython: Modules/gcmodule.c. */
//> 3 include_gc_list
#include "gc_list.h"
//< 3 include_gc_list
#include "debug.h"
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

/*< 3 threshold
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

/\* Every tracked object but the list being built, as CPython's. *\/
Object *gc_get_objects(void)
{
    Object *result = list_new();
    GCHead *tracked = &gc_state.tracked;
    for (GCHead *g = gc_next(tracked); g != tracked; g = gc_next(g))
        if (from_gc(g) != result)
            list_append(result, from_gc(g));
    return result;
}
*/
//> 3 threshold
/* An index out of range would read or write the state's next field. */
void check_generation_argument(int generation, const char *function)
{
    if (generation < 0 || generation >= NUM_GENERATIONS)
        fatal_argument(function, "generation %d does not exist (0 to %d)", generation,
                       GC_OLDEST);
}

long gc_get_threshold(int generation)
{
    check_generation_argument(generation, __func__);
    return gc_state.generations[generation].threshold;
}

void gc_set_threshold(int generation, long threshold)
{
    check_generation_argument(generation, __func__);
    gc_state.generations[generation].threshold = threshold;
}

long gc_get_count(int generation)
{
    check_generation_argument(generation, __func__);
    return gc_state.generations[generation].count;
}
//< 3 threshold

//> 3 get_objects
/* Append the objects of `list` to result, which is not one of them. */
static void append_objects(Object *result, GCHead *list)
{
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        if (from_gc(g) != result)
            list_append(result, from_gc(g));
}

/* The objects of every generation, youngest first, as CPython lists them;
 * or of one. */
Object *gc_get_objects(int generation)
{
    if (generation < -1 || generation >= NUM_GENERATIONS)
        return NULL;
    Object *result = list_new();
    for (int i = 0; i < NUM_GENERATIONS; i++)
        if (generation == -1 || generation == i)
            append_objects(result, GEN_HEAD(i));
    return result;
}
//< 3 get_objects

//> 3 gc_freeze
void gc_freeze(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gc_list_merge(GEN_HEAD(i), &gc_state.permanent);
        gc_state.generations[i].count = 0; /* every count, as CPython 3.11 */
    }
}

void gc_unfreeze(void)
{
    gc_list_merge(&gc_state.permanent, GEN_HEAD(GC_OLDEST));
}

long gc_get_freeze_count(void)
{
    return (long)gc_list_size(&gc_state.permanent);
}
//< 3 gc_freeze

//> 3 gc_get_stats
GCStats gc_get_stats(int generation)
{
    check_generation_argument(generation, __func__);
    return gc_state.stats[generation];
}

void gc_set_debug(int flags)
{
    gc_state.debug = flags;
}

int gc_get_debug(void)
{
    return gc_state.debug;
}

Object *gc_get_garbage(void)
{
    if (gc_state.garbage == NULL)
        gc_state.garbage = list_new();
    return gc_state.garbage;
}

void gc_release_garbage(void)
{
    Object *garbage = gc_state.garbage;
    gc_state.garbage = NULL;
    if (garbage)
        decref(garbage);
}

void gc_set_callback(GCCallback callback, void *arg)
{
    gc_state.callback = callback;
    gc_state.callback_arg = arg;
}
//< 3 gc_get_stats

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

/*< 3 get_referrers
/\* The tracked objects whose traverse visits op. *\/
Object *gc_get_referrers(Object *op)
{
    CHECK_NOT_NULL(op);
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
*/
//> 3 get_referrers
/* The tracked objects whose traverse visits op, generation by generation;
 * frozen objects are left out, as CPython leaves them. */
Object *gc_get_referrers(Object *op)
{
    CHECK_NOT_NULL(op);
    Object *result = list_new();
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GCHead *generation = GEN_HEAD(i);
        for (GCHead *g = gc_next(generation); g != generation; g = gc_next(g)) {
            Object *candidate = from_gc(g);
            Search search = {op, false};
            if (candidate != result) {
                candidate->type->traverse(candidate, visit_find, &search);
                if (search.found)
                    list_append(result, candidate);
            }
        }
    }
    return result;
}
//< 3 get_referrers

/* A NULL visited is skipped, as CPython's Py_VISIT skips it. */
static int visit_append(Object *op, void *list)
{
    if (op != NULL)
        list_append(list, op);
    return 0;
}

/* What op's traverse visits; nothing for an atom. */
Object *gc_get_referents(Object *op)
{
    CHECK_NOT_NULL(op);
    Object *result = list_new();
    if (op->type->traverse)
        op->type->traverse(op, visit_append, result);
    return result;
}

//> 5 gc_is_finalized
bool gc_is_finalized(const Object *op)
{
    CHECK_NOT_NULL(op);
    return is_gc(op) && (as_gc(op)->prev & PREV_FINALIZED) != 0;
}

void gc_set_legacy_finalizers(bool legacy)
{
    gc_state.legacy_finalizers = legacy;
}

bool gc_get_legacy_finalizers(void)
{
    return gc_state.legacy_finalizers;
}
//< 5 gc_is_finalized
