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
//> 3 generations
/* CPython's three generations (3.11 to 3.13, and 3.14.5 on).  New objects
 * are born in generation 0; survivors of a collection move one older. */
#define NUM_GENERATIONS 3
#define GC_OLDEST (NUM_GENERATIONS - 1)
/* An older generation is collected when more than this many collections of
 * the next younger one have run since its own last collection. */
#define GC_DEFAULT_OLDER_THRESHOLD 10
//< 3 generations

/* Start tracking a container once it is whole: from now on a collection may
 * visit it.  Stop tracking it (done for you when it is freed). */
void gc_track(Object *op);
void gc_untrack(Object *op);
bool gc_is_tracked(const Object *op);
//> 5 gc_is_finalized
/* Has op's finalizer run (chapter 5)?  False for an object that is no
 * container: only containers can have a finalizer. */
bool gc_is_finalized(const Object *op);

/* Legacy finalizers: collect as CPython 3.3 and earlier did, for the history
 * lesson of chapter 5.  An unreachable object with a finalizer, and all
 * that it reaches, is then left uncollected: the objects with finalizers go
 * to the garbage list (gc_get_garbage), the rest live on because those hold
 * them.  Off by default, as everywhere since CPython 3.4. */
void gc_set_legacy_finalizers(bool legacy);
bool gc_get_legacy_finalizers(void);
//< 5 gc_is_finalized

/* Find and free unreachable cycles among the tracked objects; returns how
 * many unreachable objects it found, or 0 if a collection is already
 * running. */
long gc_collect(void);
//> 3 gc_collect_generation
/* Collect `generation` and every younger one (gc_collect collects the
 * oldest, so all of them); -1 if there is no such generation. */
long gc_collect_generation(int generation);
//< 3 gc_collect_generation

void gc_enable(void);
void gc_disable(void);
bool gc_isenabled(void);
/*< 3 threshold
long gc_get_threshold(void);
/\* 0 turns automatic collection off, as in CPython. *\/
void gc_set_threshold(long threshold);
/\* Container allocations minus frees since the last collection. *\/
long gc_get_count(void);
*/
//> 3 threshold
/* Generation 0's threshold of 0 turns automatic collection off, as in
 * CPython.  The generation must exist (0 <= generation < NUM_GENERATIONS). */
long gc_get_threshold(int generation);
void gc_set_threshold(int generation, long threshold);
/* Generation 0: container allocations minus frees since its last
 * collection.  Older ones: collections of the next younger generation since
 * their own last collection. */
long gc_get_count(int generation);
//< 3 threshold

/* New lists, as CPython's gc functions return. */
/*< 3 get_objects
Object *gc_get_objects(void);
*/
//> 3 get_objects
/* The objects of one generation, or of all of them for -1; frozen objects
 * are in none.  NULL if there is no such generation. */
Object *gc_get_objects(int generation);
//< 3 get_objects
Object *gc_get_referrers(Object *op);
Object *gc_get_referents(Object *op);

//> 3 gc_freeze
/* Move every tracked object to the permanent generation, which is never
 * collected; move them all back to the oldest generation. */
void gc_freeze(void);
void gc_unfreeze(void);
long gc_get_freeze_count(void);
//< 3 gc_freeze

//> 3 GCStats
/* What the collections of one generation have done, since the start. */
typedef struct GCStats {
    long collections;
    long collected;     /* unreachable objects found */
    long uncollectable; /* found but not freed (chapter 5) */
} GCStats;

/* The generation must exist (0 <= generation < NUM_GENERATIONS). */
GCStats gc_get_stats(int generation);
//< 3 GCStats

//> 3 debug_flags
/* gc.set_debug's flags, with CPython's values. */
enum {
    GC_DEBUG_STATS = 1,         /* a summary of each collection on stderr */
    GC_DEBUG_COLLECTABLE = 2,   /* each unreachable object found, on stderr */
    GC_DEBUG_UNCOLLECTABLE = 4, /* each one that cannot be freed (chapter 5) */
    GC_DEBUG_SAVEALL = 32,      /* put unreachable objects in garbage, free none */
    GC_DEBUG_LEAK = GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL,
};

void gc_set_debug(int flags);
int gc_get_debug(void);

/* The list DEBUG_SAVEALL fills (gc.garbage), made when first needed; a
 * borrowed reference.  gc_release_garbage drops it, with what it holds. */
Object *gc_get_garbage(void);
void gc_release_garbage(void);
//< 3 debug_flags

//> 3 GCCallback
/* What a callback is told: about to collect `generation` ("start", the
 * counts are 0), or done ("stop"). */
typedef struct GCInfo {
    int generation;
    long collected;
    long uncollectable;
} GCInfo;

/* Called at the start and the end of every collection.  A callback may run
 * any code, allocate and make garbage; a collection it would start does not
 * run.  NULL: none. */
typedef void (*GCCallback)(const char *phase, const GCInfo *info, void *arg);
void gc_set_callback(GCCallback callback, void *arg);
//< 3 GCCallback

/* The phases of a collection, for the trace hook. */
typedef enum GCPhase {
    GC_PHASE_START,             /* before update_refs */
    GC_PHASE_UPDATE_REFS,       /* after update_refs */
    GC_PHASE_SUBTRACT_REFS,     /* after subtract_refs */
    GC_PHASE_SCAN,              /* in move_unreachable, before each object it scans */
    GC_PHASE_MOVE_UNREACHABLE,  /* after move_unreachable */
    GC_PHASE_DONE,              /* after delete_garbage */
} GCPhase;

const char *gc_phase_name(GCPhase phase);

/* Called after each phase with the objects being collected and the ones
 * found unreachable so far.  During update_refs and subtract_refs the lists
 * are singly linked: follow gc_next only.  GC_PHASE_SCAN comes before each
 * object move_unreachable looks at (also in chapter 5's second pass, on the
 * trash): the objects it has kept are the first of `collected`, their
 * COLLECTING flag clear and gc_refs gone; the next one to scan is the first
 * with COLLECTING set.  A hook looks and does not touch:
 * making, freeing or changing a container would corrupt the lists.  After
 * delete_garbage the unreachable objects are gone.  NULL turns tracing off. */
typedef void (*GCTraceHook)(GCPhase phase, GCHead *collected,
                            GCHead *unreachable, void *arg);
void gc_set_trace(GCTraceHook hook, void *arg);
//> 3 gc_collecting_generation
/* The generation being collected, for a hook; -1 outside a collection.  At
 * GC_PHASE_START the counts (gc_get_count) are still those that chose it. */
int gc_collecting_generation(void);
//< 3 gc_collecting_generation

/* Called by the allocator for every container allocated and freed. */
void gc_on_alloc(void);
void gc_on_free(void);

#endif
