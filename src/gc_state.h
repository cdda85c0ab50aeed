/* gc_state.h: the collector's state, shared by its files.  Chapter 2.
 * CPython: struct _gc_runtime_state in Include/internal/pycore_gc.h. */
#ifndef GC_GC_STATE_H
#define GC_GC_STATE_H

#include "gc.h"

typedef struct GCState {
    GCHead tracked;   /* every tracked container */
    long count;       /* container allocations minus frees since the last collection */
    long threshold;   /* collect automatically when count exceeds it; 0: never */
    bool enabled;
    bool collecting;  /* a collection is running: do not start another */
    GCTraceHook trace;
    void *trace_arg;
} GCState;

extern GCState gc_state;

#endif
