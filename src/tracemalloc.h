/* tracemalloc.h: where each live block was allocated.  Chapter 7.
 * CPython: Python/tracemalloc.c (3.11), under the tracemalloc module.
 *
 * While tracing, every block the allocator hands out (obmalloc.c's entry
 * points, with or without pymalloc) gets a trace: the size asked for and
 * the traceback of the code that asked, as (filename, lineno) frames, the
 * innermost first.  Freeing the block drops its trace.  Equal tracebacks
 * are stored once, so a million blocks from one line share one traceback.
 *
 * The runtime knows no source lines: whoever runs code (the runner) gives
 * it a function that reports the frames running now.  The tracer's own
 * memory comes from the C library, never from the allocator it watches. */
#ifndef GC_TRACEMALLOC_H
#define GC_TRACEMALLOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The deepest traceback a trace keeps (CPython 3.11's MAX_NFRAME: frame
 * counts are stored in 16 bits). */
#define TRACEMALLOC_MAX_NFRAME UINT16_MAX

typedef struct TraceFrame {
    const char *filename; /* interned by the tracer */
    unsigned lineno;
} TraceFrame;

typedef struct TraceTraceback {
    uint64_t hash;
    uint16_t nframe;       /* frames kept, at most the limit start was given */
    uint16_t total_nframe; /* frames there were (CPython: total_nframe) */
    size_t copy;           /* the tracer's: its index in a snapshot being taken */
    TraceFrame frames[];   /* innermost first */
} TraceTraceback;

/* Fill frames[0..max) with the frames running now, innermost first, and
 * return how many it filled; *total is set to how many there are.  It must
 * not free blocks; blocks it allocates are not traced.  The filenames may
 * be the caller's: the tracer copies them. */
typedef size_t (*tracemalloc_frames_fn)(TraceFrame *frames, size_t max, size_t *total);

/* Who reports frames; NULL (the default) gives every trace the frame
 * "<unknown>", line 0, as CPython's traces made with no Python frame. */
void tracemalloc_set_frames_source(tracemalloc_frames_fn frames);

/* Start tracing, keeping up to nframe frames per traceback (1 to
 * TRACEMALLOC_MAX_NFRAME; fatal_argument otherwise).  Starting while
 * tracing does nothing, as CPython's.  False if there was no memory. */
bool tracemalloc_start(unsigned nframe);
/* Stop tracing and drop every trace. */
void tracemalloc_stop(void);
/* Drop every trace but go on tracing; the peak becomes 0. */
void tracemalloc_clear_traces(void);
/* The frames start was last given (1 before any start), as CPython's
 * get_traceback_limit, which stop leaves. */
unsigned tracemalloc_traceback_limit(void);

/* Whether blocks allocated now get a trace: obmalloc.c's fast test. */
extern bool tracemalloc_tracing;

/* The allocator's hooks (obmalloc.c), called only while tracing: p, of
 * size bytes, was handed out; p was freed; old became new_p, of size. */
void tracemalloc_on_alloc(void *p, size_t size);
void tracemalloc_on_free(void *p);
void tracemalloc_on_realloc(void *old, void *new_p, size_t size);

/* The bytes of the traced blocks now, and the most there were since
 * tracing started or the peak was reset. */
void tracemalloc_traced_memory(size_t *current, size_t *peak);
void tracemalloc_reset_peak(void);
/* The bytes the tracer itself holds: its tables, tracebacks, filenames. */
size_t tracemalloc_memory(void);
/* Blocks that went untraced because the tracer had no memory left. */
size_t tracemalloc_lost_traces(void);

/* The traceback of the traced block p (valid until the next allocation or
 * free), or NULL if p has no trace. */
const TraceTraceback *tracemalloc_traceback_of(const void *p);

/* A copy of the traces, the tracer's tables left behind: it stays valid
 * whatever happens next (tracing stopped, blocks freed, a collection). */
typedef struct TraceSnapshot {
    unsigned traceback_limit;
    size_t ntraces;
    struct SnapshotTrace {
        size_t size;
        size_t traceback; /* an index in tracebacks */
    } *traces;
    size_t ntracebacks;
    TraceTraceback **tracebacks; /* each distinct traceback once */
} TraceSnapshot;

/* Copy the traces, or NULL if there was no memory; an empty snapshot when
 * not tracing.  Its memory is the C library's, untraced. */
TraceSnapshot *tracemalloc_take_snapshot(void);
void tracemalloc_snapshot_free(TraceSnapshot *snapshot);

/* For tests, as CPython's _testcapi.set_nomemory(start, stop): numbering
 * the tracer's own allocations from 0 from now on, those with start <= k
 * < stop fail.  set_nomemory(0, 0) makes none fail. */
void tracemalloc_set_nomemory(size_t start, size_t stop);

#endif
