/* tracemalloc.c: a trace for each live block.  Chapter 7.
 * CPython: Python/tracemalloc.c (3.11): tracemalloc_add_trace,
 * tracemalloc_remove_trace, traceback_new and the hash tables under them.
 *
 * Three tables, all in the C library's memory so that tracing never traces
 * itself: the traces, by block address (open addressing, linear probing);
 * the tracebacks, each distinct one stored once; the filenames, each copied
 * once.  Invariant: while tracing, every block handed out since start (or
 * clear) and not yet freed has a trace, unless the tracer ran out of memory
 * for it (then lost_traces counts it), and traced_memory is the sum of the
 * traces' sizes. */
#include "tracemalloc.h"

#include <stdlib.h>
#include <string.h>

#include "debug.h"

/* CPython's name for a frame no code reported. */
static const char unknown_filename[] = "<unknown>";

/* A table grows when it would be more than two-thirds full: a probe then
 * stays short, and a lookup of a missing key ends soon on an empty slot. */
#define TABLE_MIN_CAPACITY 64
#define TABLE_FULL(used, capacity) (3 * (used) >= 2 * (capacity))

bool tracemalloc_tracing;

static struct {
    unsigned nframe;             /* the limit start was given */
    bool reentrant;              /* inside the tracer: allocations are not traced */
    size_t traced_memory, peak_traced_memory;
    size_t lost_traces;
    size_t own_bytes;            /* the tracer's own memory */
    size_t allocations;          /* the tracer's, since set_nomemory */
    size_t nomemory_start, nomemory_stop;
    tracemalloc_frames_fn frames;
    TraceTraceback *scratch;     /* the traceback being made, nframe frames */
} tracer = {.nframe = 1};

/* --- the tracer's own memory ------------------------------------------ */

static void *tracer_malloc(size_t size)
{
    size_t k = tracer.allocations++;
    if (tracer.nomemory_start <= k && k < tracer.nomemory_stop)
        return NULL;
    void *p = malloc(size);
    if (p == NULL)
        return NULL;
    tracer.own_bytes += size;
    return p;
}

static void tracer_free(void *p, size_t size)
{
    if (p == NULL)
        return;
    tracer.own_bytes -= size;
    free(p);
}

void tracemalloc_set_nomemory(size_t start, size_t stop)
{
    tracer.allocations = 0;
    tracer.nomemory_start = start;
    tracer.nomemory_stop = stop;
}

static uint64_t hash_pointer(const void *p)
{
    /* Blocks are 16-byte aligned: the low bits say nothing.  Fibonacci
     * hashing spreads the rest. */
    return ((uint64_t)(uintptr_t)p >> 4) * UINT64_C(0x9E3779B97F4A7C15);
}

/* --- interned things: filenames and tracebacks ------------------------ */

/* A set of pointers to items compared by content, each stored once.  Items
 * leave only all together (intern_clear). */
typedef struct InternSet {
    struct InternSlot {
        uint64_t hash;
        void *item;      /* NULL: empty */
    } *slots;
    size_t capacity, used;
} InternSet;

typedef bool (*intern_equal_fn)(const void *item, const void *key);

static InternSet filenames, tracebacks;

/* The slot that holds an item equal to key, or the empty slot it would go in. */
static struct InternSlot *intern_slot(const InternSet *set, uint64_t hash, const void *key,
                                      intern_equal_fn equal)
{
    size_t mask = set->capacity - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        struct InternSlot *slot = &set->slots[i];
        if (slot->item == NULL || (slot->hash == hash && equal(slot->item, key)))
            return slot;
    }
}

/* Make room for one more item; false if there was no memory. */
static bool intern_reserve(InternSet *set)
{
    if (set->capacity != 0 && !TABLE_FULL(set->used + 1, set->capacity))
        return true;
    size_t capacity = set->capacity ? 2 * set->capacity : TABLE_MIN_CAPACITY;
    struct InternSlot *slots = tracer_malloc(capacity * sizeof *slots);
    if (slots == NULL)
        return false;
    memset(slots, 0, capacity * sizeof *slots);
    InternSet grown = {slots, capacity, set->used};
    for (size_t i = 0; i < set->capacity; i++) {
        struct InternSlot *old = &set->slots[i];
        if (old->item == NULL)
            continue;
        size_t j = old->hash & (capacity - 1);
        while (slots[j].item != NULL)
            j = (j + 1) & (capacity - 1);
        slots[j] = *old;
    }
    tracer_free(set->slots, set->capacity * sizeof *set->slots);
    *set = grown;
    return true;
}

static void intern_clear(InternSet *set, void (*free_item)(void *item))
{
    for (size_t i = 0; i < set->capacity; i++)
        if (set->slots[i].item != NULL)
            free_item(set->slots[i].item);
    tracer_free(set->slots, set->capacity * sizeof *set->slots);
    *set = (InternSet){0};
}

static uint64_t hash_string(const char *s)
{
    uint64_t h = UINT64_C(14695981039346656037); /* FNV-1a */
    for (; *s != '\0'; s++)
        h = (h ^ (unsigned char)*s) * UINT64_C(1099511628211);
    return h;
}

static bool filename_equal(const void *item, const void *key)
{
    return strcmp(item, key) == 0;
}

static void filename_free(void *item)
{
    tracer_free(item, strlen(item) + 1);
}

/* The last filename interned, as the source gave it and as copied: a
 * program's frames give the same one again and again. */
static struct {
    const char *given, *interned;
} last_filename;

/* The tracer's copy of filename, or "<unknown>" if there was no memory
 * for one (as CPython's tracemalloc_get_frame). */
static const char *intern_filename(const char *filename)
{
    if (filename == NULL)
        return unknown_filename;
    if (filename == last_filename.given && strcmp(filename, last_filename.interned) == 0)
        return last_filename.interned;
    if (!intern_reserve(&filenames))
        return unknown_filename;
    uint64_t hash = hash_string(filename);
    struct InternSlot *slot = intern_slot(&filenames, hash, filename, filename_equal);
    if (slot->item == NULL) {
        size_t size = strlen(filename) + 1;
        char *copy = tracer_malloc(size);
        if (copy == NULL)
            return unknown_filename;
        memcpy(copy, filename, size);
        *slot = (struct InternSlot){hash, copy};
        filenames.used++;
    }
    last_filename.given = filename;
    last_filename.interned = slot->item;
    return slot->item;
}

static size_t traceback_size(unsigned nframe)
{
    return sizeof(TraceTraceback) + nframe * sizeof(TraceFrame);
}

static bool traceback_equal(const void *item, const void *key)
{
    const TraceTraceback *a = item, *b = key;
    if (a->nframe != b->nframe || a->total_nframe != b->total_nframe)
        return false;
    for (unsigned i = 0; i < a->nframe; i++)
        if (a->frames[i].filename != b->frames[i].filename ||
            a->frames[i].lineno != b->frames[i].lineno)
            return false;
    return true;
}

static void traceback_free(void *item)
{
    tracer_free(item, traceback_size(((TraceTraceback *)item)->nframe));
}

/* Fill the scratch traceback with the frames running now. */
static void capture_frames(TraceTraceback *tb)
{
    size_t total = 0, n = 0;
    if (tracer.frames != NULL)
        n = tracer.frames(tb->frames, tracer.nframe, &total);
    if (n == 0) {
        tb->frames[0] = (TraceFrame){unknown_filename, 0};
        n = total = 1;
    }
    tb->nframe = (uint16_t)n;
    tb->total_nframe = (uint16_t)(total < UINT16_MAX ? total : UINT16_MAX);
    uint64_t hash = tb->total_nframe;
    for (size_t i = 0; i < n; i++) {
        tb->frames[i].filename = intern_filename(tb->frames[i].filename);
        hash = (hash ^ hash_pointer(tb->frames[i].filename) ^ tb->frames[i].lineno) *
               UINT64_C(1099511628211);
    }
    tb->hash = hash;
}

/* The stored traceback of the code running now, or NULL if there was no
 * memory for it. */
static TraceTraceback *current_traceback(void)
{
    TraceTraceback *tb = tracer.scratch;
    capture_frames(tb);
    if (!intern_reserve(&tracebacks))
        return NULL;
    struct InternSlot *slot = intern_slot(&tracebacks, tb->hash, tb, traceback_equal);
    if (slot->item != NULL)
        return slot->item;
    size_t size = traceback_size(tb->nframe);
    TraceTraceback *copy = tracer_malloc(size);
    if (copy == NULL)
        return NULL;
    memcpy(copy, tb, size);
    *slot = (struct InternSlot){tb->hash, copy};
    tracebacks.used++;
    return copy;
}

/* --- the traces ------------------------------------------------------- */

typedef struct Trace {
    const void *ptr;            /* NULL: an empty slot */
    size_t size;
    TraceTraceback *traceback;
} Trace;

static struct {
    Trace *slots;
    size_t capacity, used;
} traces;

static Trace *trace_slot(const void *ptr)
{
    size_t mask = traces.capacity - 1;
    for (size_t i = hash_pointer(ptr) & mask;; i = (i + 1) & mask)
        if (traces.slots[i].ptr == ptr || traces.slots[i].ptr == NULL)
            return &traces.slots[i];
}

static Trace *find_trace(const void *ptr)
{
    if (traces.capacity == 0)
        return NULL;
    Trace *slot = trace_slot(ptr);
    return slot->ptr != NULL ? slot : NULL;
}

static bool traces_reserve(void)
{
    if (traces.capacity != 0 && !TABLE_FULL(traces.used + 1, traces.capacity))
        return true;
    size_t old_capacity = traces.capacity;
    Trace *old = traces.slots;
    size_t capacity = old_capacity ? 2 * old_capacity : TABLE_MIN_CAPACITY;
    Trace *slots = tracer_malloc(capacity * sizeof *slots);
    if (slots == NULL)
        return false;
    memset(slots, 0, capacity * sizeof *slots);
    traces.slots = slots;
    traces.capacity = capacity;
    for (size_t i = 0; i < old_capacity; i++)
        if (old[i].ptr != NULL)
            *trace_slot(old[i].ptr) = old[i];
    tracer_free(old, old_capacity * sizeof *old);
    return true;
}

/* Empty slot hole, then move back into it each entry of its probe run that
 * could live there: linear probing's deletion, no tombstones, so that a
 * million frees leave the table as fast as before. */
static void trace_delete(Trace *hole)
{
    size_t mask = traces.capacity - 1;
    size_t i = (size_t)(hole - traces.slots);
    for (size_t j = (i + 1) & mask; traces.slots[j].ptr != NULL; j = (j + 1) & mask) {
        size_t home = hash_pointer(traces.slots[j].ptr) & mask;
        /* j's entry may fill the hole at i if its home is not in (i, j]. */
        bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
        if (!stays) {
            traces.slots[i] = traces.slots[j];
            i = j;
        }
    }
    traces.slots[i] = (Trace){0};
    traces.used--;
}

static void remove_trace(const void *ptr)
{
    Trace *trace = find_trace(ptr);
    if (trace == NULL)
        return;
    tracer.traced_memory -= trace->size;
    trace_delete(trace);
}

static void add_trace(const void *ptr, size_t size)
{
    TraceTraceback *traceback = current_traceback();
    if (traceback == NULL || !traces_reserve()) {
        tracer.lost_traces++;
        return;
    }
    Trace *trace = trace_slot(ptr);
    if (trace->ptr != NULL) /* still traced: a free the tracer did not see */
        tracer.traced_memory -= trace->size;
    else
        traces.used++;
    *trace = (Trace){ptr, size, traceback};
    tracer.traced_memory += size;
    if (tracer.traced_memory > tracer.peak_traced_memory)
        tracer.peak_traced_memory = tracer.traced_memory;
}

/* --- the allocator's hooks -------------------------------------------- */

void tracemalloc_on_alloc(void *p, size_t size)
{
    if (tracer.reentrant)
        return;
    tracer.reentrant = true;
    add_trace(p, size);
    tracer.reentrant = false;
}

/* A free is never skipped, reentrant or not: a block freed untraced would
 * leave a trace for an address the allocator will hand out again. */
void tracemalloc_on_free(void *p)
{
    remove_trace(p);
}

void tracemalloc_on_realloc(void *old, void *new_p, size_t size)
{
    if (tracer.reentrant) {
        remove_trace(old);
        return;
    }
    tracer.reentrant = true;
    remove_trace(old);
    add_trace(new_p, size);
    tracer.reentrant = false;
}

/* --- starting and stopping -------------------------------------------- */

void tracemalloc_set_frames_source(tracemalloc_frames_fn frames)
{
    tracer.frames = frames;
}

bool tracemalloc_start(unsigned nframe)
{
    if (nframe < 1 || nframe > TRACEMALLOC_MAX_NFRAME)
        fatal_argument("tracemalloc_start", "the number of frames must be in range [1; %u]",
                       TRACEMALLOC_MAX_NFRAME);
    if (tracemalloc_tracing)
        return true;
    tracer.scratch = tracer_malloc(traceback_size(nframe));
    if (tracer.scratch == NULL)
        return false;
    tracer.nframe = nframe;
    tracemalloc_tracing = true;
    return true;
}

void tracemalloc_clear_traces(void)
{
    tracer_free(traces.slots, traces.capacity * sizeof *traces.slots);
    traces.slots = NULL;
    traces.capacity = traces.used = 0;
    intern_clear(&tracebacks, traceback_free);
    intern_clear(&filenames, filename_free);
    last_filename.given = last_filename.interned = NULL;
    tracer.traced_memory = tracer.peak_traced_memory = 0;
    tracer.lost_traces = 0;
}

void tracemalloc_stop(void)
{
    if (!tracemalloc_tracing)
        return;
    tracemalloc_tracing = false;
    tracemalloc_clear_traces();
    tracer_free(tracer.scratch, traceback_size(tracer.nframe));
    tracer.scratch = NULL;
}

unsigned tracemalloc_traceback_limit(void)
{
    return tracer.nframe;
}

/* --- what a program asks ---------------------------------------------- */

void tracemalloc_traced_memory(size_t *current, size_t *peak)
{
    *current = tracer.traced_memory;
    *peak = tracer.peak_traced_memory;
}

void tracemalloc_reset_peak(void)
{
    tracer.peak_traced_memory = tracer.traced_memory;
}

size_t tracemalloc_memory(void)
{
    return tracer.own_bytes;
}

size_t tracemalloc_lost_traces(void)
{
    return tracer.lost_traces;
}

const TraceTraceback *tracemalloc_traceback_of(const void *p)
{
    const Trace *trace = tracemalloc_tracing ? find_trace(p) : NULL;
    return trace ? trace->traceback : NULL;
}

/* --- snapshots -------------------------------------------------------- */

/* A snapshot's traceback: its own copy of the frames' filenames follows
 * the frames, so that it outlives the tracer's tables. */
static TraceTraceback *copy_traceback(const TraceTraceback *tb)
{
    size_t size = traceback_size(tb->nframe);
    for (unsigned i = 0; i < tb->nframe; i++)
        size += strlen(tb->frames[i].filename) + 1;
    TraceTraceback *copy = malloc(size);
    if (copy == NULL)
        return NULL;
    memcpy(copy, tb, traceback_size(tb->nframe));
    char *text = (char *)copy + traceback_size(tb->nframe);
    for (unsigned i = 0; i < tb->nframe; i++) {
        size_t n = strlen(tb->frames[i].filename) + 1;
        memcpy(text, tb->frames[i].filename, n);
        copy->frames[i].filename = text;
        text += n;
    }
    return copy;
}

void tracemalloc_snapshot_free(TraceSnapshot *snapshot)
{
    if (snapshot == NULL)
        return;
    for (size_t i = 0; i < snapshot->ntracebacks; i++)
        free(snapshot->tracebacks[i]);
    free(snapshot->tracebacks);
    free(snapshot->traces);
    free(snapshot);
}

static bool copy_tracebacks(TraceSnapshot *snapshot)
{
    snapshot->tracebacks = calloc(tracebacks.used + 1, sizeof *snapshot->tracebacks);
    if (snapshot->tracebacks == NULL)
        return false;
    for (size_t i = 0; i < tracebacks.capacity; i++) {
        TraceTraceback *tb = tracebacks.slots[i].item;
        if (tb == NULL)
            continue;
        TraceTraceback *copy = copy_traceback(tb);
        if (copy == NULL)
            return false;
        tb->copy = snapshot->ntracebacks;
        snapshot->tracebacks[snapshot->ntracebacks++] = copy;
    }
    return true;
}

static bool copy_traces(TraceSnapshot *snapshot)
{
    snapshot->traces = calloc(traces.used + 1, sizeof *snapshot->traces);
    if (snapshot->traces == NULL)
        return false;
    for (size_t i = 0; i < traces.capacity; i++) {
        const Trace *trace = &traces.slots[i];
        if (trace->ptr != NULL)
            snapshot->traces[snapshot->ntraces++] =
                (struct SnapshotTrace){trace->size, trace->traceback->copy};
    }
    return true;
}

TraceSnapshot *tracemalloc_take_snapshot(void)
{
    TraceSnapshot *snapshot = calloc(1, sizeof *snapshot);
    if (snapshot == NULL)
        return NULL;
    snapshot->traceback_limit = tracer.nframe;
    if (!copy_tracebacks(snapshot) || !copy_traces(snapshot)) {
        tracemalloc_snapshot_free(snapshot);
        return NULL;
    }
    return snapshot;
}
