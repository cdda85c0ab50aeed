/* track.c: which containers the collector knows about, and when it runs by
 * itself.  Chapter 2.  CPython: PyObject_GC_Track, _PyObject_GC_Link.
 *
 * Invariant: an object is tracked only while it is whole, and never while its
 * count is zero (object_dealloc untracks it first), so every tracked object
 * can be traversed at any time a collection may start. */
//> 3 include_collect
#include "collect.h"
//< 3 include_collect
#include "debug.h"
#include "gc_list.h"
#include "gc_state.h"

/*< 3 gc_state
GCState gc_state = {
    .tracked = {(uintptr_t)&gc_state.tracked, (uintptr_t)&gc_state.tracked},
    .threshold = GC_DEFAULT_THRESHOLD,
    .enabled = true,
};
*/
//> 3 gc_state
#define EMPTY_LIST(list) {(uintptr_t)(list), (uintptr_t)(list)}
#define GENERATION(n, threshold) {EMPTY_LIST(GEN_HEAD(n)), threshold, 0}

GCState gc_state = {
    .generations = {
        GENERATION(0, GC_DEFAULT_THRESHOLD),
        GENERATION(1, GC_DEFAULT_OLDER_THRESHOLD),
        GENERATION(2, GC_DEFAULT_OLDER_THRESHOLD),
    },
    .permanent = EMPTY_LIST(&gc_state.permanent),
    .generation = -1,
    .enabled = true,
};
//< 3 gc_state

bool gc_is_tracked(const Object *op)
{
    CHECK_NOT_NULL(op);
    return is_gc(op) && as_gc(op)->next != 0;
}

void gc_track(Object *op)
{
    CHECK_NOT_NULL(op);
    if (!is_gc(op))
        fatal_misuse(op, "gc_track: not a container type");
    if (gc_is_tracked(op))
        fatal_misuse(op, "gc_track: already tracked");
    /* Types are static records, made by no function: a container type
     * without traverse is refused here, before a collection would call it. */
    if (op->type->traverse == NULL)
        fatal_misuse(op, "gc_track: a container type without traverse");
/*< 3 track_young
    gc_list_append(as_gc(op), &gc_state.tracked);
*/
//> 3 track_young
    gc_list_append(as_gc(op), GEN_HEAD(0));
//< 3 track_young
}

void gc_untrack(Object *op)
{
    CHECK_NOT_NULL(op);
    if (gc_is_tracked(op))
        gc_list_remove(as_gc(op));
}

/*< 3 gc_on_alloc
/\* A container's allocation may start a collection.  The new object is not
 * tracked yet, so the collection cannot see it half made. *\/
void gc_on_alloc(void)
{
    gc_state.count++;
    if (gc_state.enabled && gc_state.threshold != 0 && !gc_state.collecting &&
        gc_state.count > gc_state.threshold)
        gc_collect();
}

void gc_on_free(void)
{
    if (gc_state.count > 0)
        gc_state.count--;
}
*/
//> 3 gc_on_alloc
/* A container's allocation may start a collection.  The new object is not
 * tracked yet, so the collection cannot see it half made.  Which generation
 * is collected is collect_generations' choice (collect.c). */
void gc_on_alloc(void)
{
    GCGeneration *young = &gc_state.generations[0];
    young->count++;
    if (gc_state.enabled && young->threshold != 0 && !gc_state.collecting &&
        young->count > young->threshold)
        collect_generations();
}

void gc_on_free(void)
{
    if (gc_state.generations[0].count > 0)
        gc_state.generations[0].count--;
}
//< 3 gc_on_alloc
