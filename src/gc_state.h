/* gc_state.h: the collector's state, shared by its files.  Chapter 2.
 * CPython: struct _gc_runtime_state in Include/internal/pycore_gc.h. */
#ifndef GC_GC_STATE_H
#define GC_GC_STATE_H

#include "gc.h"

//> 3 GCGeneration
typedef struct GCGeneration {
    GCHead head;    /* its objects, oldest first */
    long threshold; /* collect it when count exceeds this */
    long count;     /* see gc_get_count */
} GCGeneration;
//< 3 GCGeneration

typedef struct GCState {
/*< 3 state_lists
    GCHead tracked;   /\* every tracked container *\/
    long count;       /\* container allocations minus frees since the last collection *\/
    long threshold;   /\* collect automatically when count exceeds it; 0: never *\/
*/
//> 3 state_lists
    GCGeneration generations[NUM_GENERATIONS];
    GCHead permanent; /* frozen objects: never collected */
    /* The long-lived heuristic (collect.c): objects that survived the last
     * full collection, and those promoted into the oldest since. */
    long long_lived_total;
    long long_lived_pending;
    GCStats stats[NUM_GENERATIONS];
    int debug;        /* GC_DEBUG_* flags */
    Object *garbage;  /* DEBUG_SAVEALL's list, or NULL */
    int generation;   /* being collected, or -1 */
    GCCallback callback;
    void *callback_arg;
//< 3 state_lists
//> 5 state_legacy
    bool legacy_finalizers; /* collect as CPython 3.3 did (gc.h) */
//< 5 state_legacy
    bool enabled;
    bool collecting;  /* a collection is running: do not start another */
    GCTraceHook trace;
    void *trace_arg;
} GCState;

extern GCState gc_state;

//> 3 GEN_HEAD
/* The list of generation n's objects (CPython's GEN_HEAD). */
#define GEN_HEAD(n) (&gc_state.generations[n].head)

/* Stop with a named error unless 0 <= generation < NUM_GENERATIONS: a
 * function given a generation indexes the state with it. */
void check_generation_argument(int generation, const char *function);
//< 3 GEN_HEAD

#endif
