/* gc.h: the cycle collector's interface, as CPython's gc module.  Chapter 2.
 * CPython: Modules/gcmodule.c (the gc module) and PyObject_GC_Track. */
#ifndef GC_GC_H
#define GC_GC_H

#include <stdbool.h>

#include "gc_head.h"

/* Automatic collection runs when container allocations minus frees (tracked
 * or not, as CPython counts them) exceed this (CPython 3.11's threshold for
 * generation 0). */
#define GC_DEFAULT_THRESHOLD 700

/* Start tracking a container once it is whole: from now on a collection may
 * visit it.  Stop tracking it (done for you when it is freed). */
void gc_track(Object *op);
void gc_untrack(Object *op);
bool gc_is_tracked(const Object *op);

/* Find and free unreachable cycles among the tracked objects; returns how
 * many unreachable objects it found, or 0 if a collection is already
 * running. */
long gc_collect(void);

void gc_enable(void);
void gc_disable(void);
bool gc_isenabled(void);
long gc_get_threshold(void);
/* 0 turns automatic collection off, as in CPython. */
void gc_set_threshold(long threshold);
/* Container allocations minus frees since the last collection. */
long gc_get_count(void);

/* New lists, as CPython's gc functions return. */
Object *gc_get_objects(void);
Object *gc_get_referrers(Object *op);
Object *gc_get_referents(Object *op);

/* The phases of a collection, for the trace hook. */
typedef enum GCPhase {
    GC_PHASE_START,             /* before update_refs */
    GC_PHASE_UPDATE_REFS,       /* after update_refs */
    GC_PHASE_SUBTRACT_REFS,     /* after subtract_refs */
    GC_PHASE_MOVE_UNREACHABLE,  /* after move_unreachable */
    GC_PHASE_DONE,              /* after delete_garbage */
} GCPhase;

const char *gc_phase_name(GCPhase phase);

/* Called after each phase with the objects being collected and the ones
 * found unreachable so far.  During update_refs and subtract_refs the lists
 * are singly linked: follow gc_next only.  A hook looks and does not touch:
 * making, freeing or changing a container would corrupt the lists.  After
 * delete_garbage the unreachable objects are gone.  NULL turns tracing off. */
typedef void (*GCTraceHook)(GCPhase phase, GCHead *collected,
                            GCHead *unreachable, void *arg);
void gc_set_trace(GCTraceHook hook, void *arg);

/* Called by the allocator for every container allocated and freed. */
void gc_on_alloc(void);
void gc_on_free(void);

#endif
