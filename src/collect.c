/* collect.c: finding unreachable cycles, and freeing them.  Chapter 2.
 * CPython: gc_collect_main in Modules/gcmodule.c (3.11), Python/gc.c (3.12+).
 *
 * A collection works on a set of tracked containers and needs no list of
 * roots.  Every reference to a container is counted in its refcnt; the
 * references that come from inside the set can be found (each object's
 * traverse lists them).  Whatever remains, gc_refs = refcnt minus internal
 * references, comes from outside: a variable, the C stack, an untracked
 * object.  An object with gc_refs > 0 is reachable from outside, and so is
 * everything it reaches.  The rest is garbage, however it is linked. */
#include "collect.h"

#include <assert.h>
//> 3 include_time
#include <stdio.h>
#include <time.h>
//< 3 include_time

#include "debug.h"
#include "dict.h"
#include "gc_list.h"
#include "gc_state.h"
//> 3 include_list
#include "list.h"

#define NANOSECONDS_PER_SECOND 1e9
//< 3 include_list
//> 4 include_weakref
#include "weakref.h"
//< 4 include_weakref
//> 5 include_finalize
#include "finalize.h"
//< 5 include_finalize

//> 3 debug_stream
/* Where the debug flags' lines go: standard error, after what the program
 * has printed so far, which is flushed first.  So the two come out in the
 * order python3 prints them with its stdout unbuffered (a terminal, or
 * PYTHONUNBUFFERED), as the runner's unraisable reports do; python3 with a
 * block-buffered stdout prints it all at exit instead. */
static FILE *debug_stream(void)
{
    fflush(stdout);
    return stderr;
}
//< 3 debug_stream

static void trace(GCPhase phase, GCHead *collected, GCHead *unreachable)
{
    if (gc_state.trace)
        gc_state.trace(phase, collected, unreachable, gc_state.trace_arg);
}

/* update_refs.  Before: every object in `collected` is tracked, with a
 * count above zero (a dying object is untracked first: see dealloc.c).
 * After: each has COLLECTING set and gc_refs == refcnt; prev holds gc_refs,
 * so the list is singly linked until move_unreachable. */
void update_refs(GCHead *collected)
{
    for (GCHead *g = gc_next(collected); g != collected; g = gc_next(g)) {
        assert(from_gc(g)->refcnt > 0);
        g->prev = (g->prev & PREV_FINALIZED) | PREV_COLLECTING;
        gc_set_refs(g, from_gc(g)->refcnt);
    }
}

/* Each visitor skips a NULL, as CPython's Py_VISIT does: a traverse may
 * visit a slot that is empty. */
static int visit_decref(Object *op, void *arg)
{
    (void)arg;
    if (op != NULL && is_gc(op) && gc_is_collecting(as_gc(op)))
        gc_decref(as_gc(op));
    return 0;
}

/* subtract_refs.  After: gc_refs of each object == the references to it
 * from outside `collected`.  A negative gc_refs means some traverse visits a
 * reference that its object does not own. */
void subtract_refs(GCHead *collected)
{
    for (GCHead *g = gc_next(collected); g != collected; g = gc_next(g)) {
        Object *op = from_gc(g);
        assert(gc_is_collecting(g));
        op->type->traverse(op, visit_decref, NULL);
    }
#ifndef NDEBUG
    for (GCHead *g = gc_next(collected); g != collected; g = gc_next(g))
        if (gc_get_refs(g) < 0)
            fatal_misuse(from_gc(g), "gc_refs below zero: a traverse visits "
                                     "a reference its object does not own");
#endif
}

/* Append g to the tentatively unreachable list.  That list keeps valid prev
 * pointers, and UNREACHABLE on every next, so that visit_reachable can tell
 * its members and unlink one in O(1). */
static void append_unreachable(GCHead *g, GCHead *unreachable)
{
    GCHead *last = gc_prev(unreachable);
    last->next = (uintptr_t)g | NEXT_UNREACHABLE;
    gc_set_prev(g, last);
    g->next = (uintptr_t)unreachable | NEXT_UNREACHABLE;
    unreachable->prev = (uintptr_t)g;
}

/* An object referenced by a reachable one is reachable. */
static int visit_reachable(Object *op, void *arg)
{
    GCHead *collected = arg;
    if (op == NULL || !is_gc(op) || !gc_is_collecting(as_gc(op)))
        return 0; /* nothing, outside the set, or already known reachable */
    GCHead *g = as_gc(op);
    if (gc_is_unreachable(g)) {
        /* Moved out too early: unlink it, and append it to the list being
         * scanned, which will reach it again and scan what it references. */
        GCHead *prev = gc_prev(g);
        GCHead *next = gc_next(g);
        prev->next = g->next; /* keeps prev's UNREACHABLE bit */
        gc_set_prev(next, prev);
        GCHead *last = gc_prev(collected);
        gc_set_next(last, g);
        g->next = (uintptr_t)collected;
        collected->prev = (uintptr_t)g;
        gc_set_refs(g, 1);
    } else if (gc_get_refs(g) == 0) {
        gc_set_refs(g, 1); /* not scanned yet: the scan will keep it */
    }
    return 0;
}

/* In a debug build, check a list between phases (CPython: validate_list):
 * linked both ways, no UNREACHABLE bit, and COLLECTING as expected. */
static void validate_list(GCHead *list, uintptr_t collecting)
{
#ifndef NDEBUG
    GCHead *prev = list;
    for (GCHead *g = gc_next(list); g != list; prev = g, g = gc_next(g)) {
        assert(gc_prev(g) == prev);
        assert((g->next & NEXT_UNREACHABLE) == 0);
        assert((g->prev & PREV_COLLECTING) == collecting);
    }
    assert(gc_prev(list) == prev);
#else
    (void)list;
    (void)collecting;
#endif
}

/* Clear the UNREACHABLE bits so that the gc_list functions work again. */
static void clear_unreachable_mask(GCHead *unreachable)
{
    unreachable->next &= ~NEXT_UNREACHABLE;
    for (GCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g))
        g->next &= ~NEXT_UNREACHABLE;
}

/* move_unreachable.  One pass over `collected`, in list order.  An object
 * with gc_refs > 0 is reachable: everything it references is marked
 * reachable (gc_refs at least 1, and moved back if it had been moved out).
 * An object with gc_refs == 0 is moved to `unreachable`, tentatively: a
 * reachable object later in the list may still bring it back.
 * After: `collected` holds exactly the objects reachable from outside,
 * doubly linked again, COLLECTING cleared; `unreachable` holds the rest,
 * doubly linked, COLLECTING still set. */
void move_unreachable(GCHead *collected, GCHead *unreachable)
{
    GCHead *prev = collected; /* the last object known reachable */
    GCHead *g = gc_next(collected);
    assert(gc_list_is_empty(unreachable));
    while (g != collected) {
        assert(gc_is_collecting(g));
        trace(GC_PHASE_SCAN, collected, unreachable);
        if (gc_get_refs(g) > 0) {
            Object *op = from_gc(g);
            op->type->traverse(op, visit_reachable, collected);
            g->prev = (uintptr_t)prev | (g->prev & PREV_FINALIZED);
            prev = g;
        } else {
            prev->next = g->next; /* unlink: the list is singly linked here */
            append_unreachable(g, unreachable);
        }
        g = gc_next(prev);
    }
    /* The last object scanned is the list's last: it may have been the
     * original last, moved out, and every append went after it. */
    collected->prev = (uintptr_t)prev;
    clear_unreachable_mask(unreachable);
    validate_list(collected, 0);
    validate_list(unreachable, PREV_COLLECTING);
}

/* A dict that holds no container can be in no cycle: stop tracking it.
 * CPython does this only in full collections (3.11: untrack_dicts). */
void untrack_dicts(GCHead *reachable)
{
    GCHead *g = gc_next(reachable);
    while (g != reachable) {
        GCHead *next = gc_next(g);
        Object *op = from_gc(g);
        if (op->type == &DictType)
            dict_maybe_untrack(op);
        g = next;
    }
}

/* delete_garbage.  Clear each unreachable object: dropping its references
 * breaks its cycles, and reference counting frees the rest.  An object that
 * is freed leaves the list by itself (object_dealloc untracks it).  One that
 * is still here after its clear survives: it goes back to `survivors`. */
void delete_garbage(GCHead *unreachable, GCHead *survivors)
{
    validate_list(unreachable, PREV_COLLECTING);
    while (!gc_list_is_empty(unreachable)) {
        GCHead *g = gc_next(unreachable);
        Object *op = from_gc(g);
        assert(gc_is_collecting(g) && op->refcnt > 0);
//> 3 save_all
        if (gc_state.debug & GC_DEBUG_SAVEALL)
            list_append(gc_get_garbage(), op); /* kept alive, in garbage */
        else
//< 3 save_all
        if (op->type->clear) {
            incref(op); /* keep op itself alive while it clears */
            op->type->clear(op);
            decref(op);
        }
        if (gc_next(unreachable) == g) {
            g->prev &= ~PREV_COLLECTING;
            gc_list_move(g, survivors);
        }
    }
}

//> 4 handle_weakrefs
/* Clear the weak references to `op`, an object of the trash.  Each that
 * has a callback and is not trash itself is held by a new reference, to be
 * called once every weak reference is cleared: it moves to `callbacks`, or,
 * if the program untracked it (gc_untrack), it joins `untracked`, which it
 * leaves untracked again.  One whose count is zero is waiting to be freed
 * (dealloc.c), untracked: no callback. */
static void clear_weakrefs_to(Object *op, GCHead *callbacks, GCHead *untracked)
{
    Object *wr;
    while ((wr = weakref_first(op)) != NULL) {
        weakref_clear_referent(wr);
        assert(wr->refcnt > 0 || !gc_is_tracked(wr));
        if (weakref_callback(wr) == NULL || wr->refcnt == 0 ||
            gc_is_collecting(as_gc(wr)))
            continue;
        incref(wr);
        if (gc_is_tracked(wr))
            gc_list_move(as_gc(wr), callbacks);
        else
            gc_list_append(as_gc(wr), untracked);
    }
}

/* Call the callback of each weak reference in `callbacks`, then drop the
 * reference clear_weakrefs_to took.  One that its callback did not free
 * goes to `survivors`, or for NULL out of every list (untracked, as it
 * was).  Returns how many the callbacks freed. */
static long call_weakref_callbacks(GCHead *callbacks, GCHead *survivors)
{
    long freed = 0;
    while (!gc_list_is_empty(callbacks)) {
        GCHead *g = gc_next(callbacks);
        Object *wr = from_gc(g);
        assert(weakref_callback(wr) != NULL && !gc_is_collecting(g));
        call_weakref_callback(weakref_callback(wr), wr);
        decref(wr);
        if (gc_next(callbacks) != g)
            freed++;
        else if (survivors)
            gc_list_move(g, survivors);
        else
            gc_list_remove(g);
    }
    return freed;
}

/* handle_weakrefs.  Before: `unreachable` is the trash, whole, COLLECTING
 * set; `old` is where survivors go.  First, every weak reference to an
 * object of the trash, and every weak reference in the trash, is cleared:
 * from then on no code can reach the trash, so no callback, finalizer or
 * clear that runs later can see an object that clear has half taken apart.
 * A weak reference in the trash dies with it, its callback never called.
 * Then the callbacks of the others run, while the trash is still whole.
 * After: the weak references called survive in `old`, unless a callback
 * freed its own (counted in the result, as CPython counts them). */
long handle_weakrefs(GCHead *unreachable, GCHead *old)
{
    GCHead callbacks, untracked;
    gc_list_init(&callbacks);
    gc_list_init(&untracked);
    validate_list(unreachable, PREV_COLLECTING);
    for (GCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        Object *op = from_gc(g);
        if (is_weakref(op))
            weakref_clear_referent(op);
        if (is_weakrefable(op))
            clear_weakrefs_to(op, &callbacks, &untracked);
    }
    return call_weakref_callbacks(&callbacks, old) +
           call_weakref_callbacks(&untracked, NULL);
}
//< 4 handle_weakrefs

//> 5 finalizer_phases
/* finalize_garbage.  Before: `unreachable` is the trash, whole, every weak
 * reference to it cleared.  Call the finalizer of each object that has one
 * that has not run, in list order, so that every finalizer sees the whole
 * trash as it was: its neighbours' attributes still there.  A finalizer may
 * do anything: make objects (young, outside the trash), free an object of
 * the trash by reference counting (it leaves the list as it dies), or store
 * a reference to the trash somewhere (see handle_resurrected_objects).
 * Objects already seen wait in a list of their own, so that the walk goes
 * on from the next object whatever the finalizer did.  Returns how many
 * finalizers ran. */
long finalize_garbage(GCHead *unreachable)
{
    GCHead seen;
    gc_list_init(&seen);
    long called = 0;
    while (!gc_list_is_empty(unreachable)) {
        GCHead *g = gc_next(unreachable);
        Object *op = from_gc(g);
        assert(op->refcnt > 0); /* dead objects leave the list */
        gc_list_move(g, &seen);
        if (needs_finalizing(op)) {
            incref(op);
            mark_finalized(op); /* before the call, as CPython's collector */
            op->type->finalize(op);
            decref(op);
            called++;
        }
    }
    gc_list_merge(&seen, unreachable);
    return called;
}

/* handle_resurrected_objects.  A finalizer may have made part of the trash
 * reachable again (CPython 3.9 and later rescue just that part).  Before:
 * finalizers have run on `unreachable`.  The three phases of chapter 2 run
 * again on it alone: an object referenced from outside it now is
 * resurrected, with all it reaches, and survives into `old`.  After:
 * `unreachable` holds the objects still unreachable, COLLECTING set; their
 * finalizers have all run (or they have none), so nothing can reach them
 * any more and they can be cleared. */
void handle_resurrected_objects(GCHead *unreachable, GCHead *old)
{
    GCHead still_unreachable;
    gc_list_init(&still_unreachable);
    validate_list(unreachable, PREV_COLLECTING);
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, &still_unreachable);
    gc_list_merge(unreachable, old);
    gc_list_merge(&still_unreachable, unreachable);
}

/* An object a legacy finalizer reaches leaves the trash too. */
static int visit_move(Object *op, void *arg)
{
    if (op != NULL && is_gc(op) && gc_is_collecting(as_gc(op))) {
        as_gc(op)->prev &= ~PREV_COLLECTING;
        gc_list_move(as_gc(op), arg);
    }
    return 0;
}

/* Does the object have a finalizer the legacy collector must not run? */
static bool has_legacy_finalizer(Object *op)
{
    const Type *t = op->type;
    return t->has_legacy_finalizer ? t->has_legacy_finalizer(op) : t->finalize != NULL;
}

/* move_legacy_finalizers: CPython 3.3's rule, in legacy mode.  An object of
 * the trash with a finalizer cannot be finalized safely (3.3 could not tell
 * which finalizer to run first, nor survive one that resurrected): it moves
 * to `finalizers`, with everything it reaches, and none of them counts as
 * trash any more (COLLECTING cleared), so handle_weakrefs leaves their weak
 * references alone.  The walk over `finalizers` sees the objects appended
 * while it goes. */
void move_legacy_finalizers(GCHead *unreachable, GCHead *finalizers)
{
    GCHead *g = gc_next(unreachable);
    while (g != unreachable) {
        GCHead *next = gc_next(g);
        if (has_legacy_finalizer(from_gc(g))) {
            g->prev &= ~PREV_COLLECTING;
            gc_list_move(g, finalizers);
        }
        g = next;
    }
    for (g = gc_next(finalizers); g != finalizers; g = gc_next(g))
        from_gc(g)->type->traverse(from_gc(g), visit_move, finalizers);
}

/* handle_legacy_finalizers.  The objects of `finalizers` are uncollectable:
 * those with a finalizer go into the garbage list, where a program can find
 * them and break their cycles by hand (DEBUG_SAVEALL puts them all there);
 * all survive into `old`.  Returns how many were uncollectable. */
long handle_legacy_finalizers(GCHead *finalizers, GCHead *old)
{
    long uncollectable = 0;
    for (GCHead *g = gc_next(finalizers); g != finalizers; g = gc_next(g)) {
        Object *op = from_gc(g);
        uncollectable++;
        if (gc_state.debug & GC_DEBUG_UNCOLLECTABLE)
            fprintf(debug_stream(), "gc: uncollectable <%s %p>\n", type_name(op), (void *)op);
        if (has_legacy_finalizer(op) || (gc_state.debug & GC_DEBUG_SAVEALL))
            list_append(gc_get_garbage(), op);
    }
    gc_list_merge(finalizers, old);
    return uncollectable;
}
//< 5 finalizer_phases

/*< 3 gc_collect
long gc_collect(void)
{
    if (gc_state.collecting)
        return 0;
    gc_state.collecting = true;
    gc_state.count = 0;
    GCHead *collected = &gc_state.tracked;
    GCHead unreachable;
    gc_list_init(&unreachable);

    trace(GC_PHASE_START, collected, &unreachable);
    update_refs(collected);
    trace(GC_PHASE_UPDATE_REFS, collected, &unreachable);
    subtract_refs(collected);
    trace(GC_PHASE_SUBTRACT_REFS, collected, &unreachable);
    move_unreachable(collected, &unreachable);
    trace(GC_PHASE_MOVE_UNREACHABLE, collected, &unreachable);

    long found = (long)gc_list_size(&unreachable);
    untrack_dicts(collected);
    delete_garbage(&unreachable, collected);
    trace(GC_PHASE_DONE, collected, &unreachable);
    gc_state.collecting = false;
    return found;
}
*/
//> 3 collect_main
/* DEBUG_STATS: what a collection is about to do (CPython's wording). */
static void print_start(int generation)
{
    FILE *out = debug_stream();
    fprintf(out, "gc: collecting generation %d...\n", generation);
    fprintf(out, "gc: objects in each generation:");
    for (int i = 0; i < NUM_GENERATIONS; i++)
        fprintf(out, " %zu", gc_list_size(GEN_HEAD(i)));
    fprintf(out, "\ngc: objects in permanent generation: %zu\n",
            gc_list_size(&gc_state.permanent));
}

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    timespec_get(&now, TIME_UTC);
    return (double)(now.tv_sec - start->tv_sec) +
           (double)(now.tv_nsec - start->tv_nsec) / NANOSECONDS_PER_SECOND;
}

/* DEBUG_COLLECTABLE: each unreachable object, before it is freed. */
static void print_collectable(GCHead *unreachable)
{
    FILE *out = debug_stream();
    for (GCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g))
        fprintf(out, "gc: collectable <%s %p>\n", type_name(from_gc(g)), (void *)from_gc(g));
}

/* Collect `generation` and the younger ones, which are merged into it
 * first.  Before: no collection is running.  After: the survivors are one
 * generation older, the garbage is freed, the counts and stats are up to
 * date.  Returns how many unreachable objects were found (chapter 5: and
 * freed; *uncollectable says how many were found and not freed). */
/*< 5 collect_main_signature
static long collect_main(int generation)
*/
//> 5 collect_main_signature
static long collect_main(int generation, long *uncollectable)
//< 5 collect_main_signature
{
    assert(gc_state.collecting && gc_state.generation == -1);
    struct timespec start;
    bool stats = (gc_state.debug & GC_DEBUG_STATS) != 0; /* read once: a hook may change it */
    if (stats) {
        print_start(generation);
        timespec_get(&start, TIME_UTC);
    }
    for (int i = 0; i < generation; i++)
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    GCHead *young = GEN_HEAD(generation);
    GCHead *old = generation < GC_OLDEST ? GEN_HEAD(generation + 1) : young;
    GCHead unreachable;
    gc_list_init(&unreachable);
    gc_state.generation = generation;
    trace(GC_PHASE_START, young, &unreachable); /* the counts that chose it */
    /* This collection is one more for the next older generation's count;
     * it and the younger ones start counting again. */
    if (generation < GC_OLDEST)
        gc_state.generations[generation + 1].count++;
    for (int i = 0; i <= generation; i++)
        gc_state.generations[i].count = 0;

    update_refs(young);
    trace(GC_PHASE_UPDATE_REFS, young, &unreachable);
    subtract_refs(young);
    trace(GC_PHASE_SUBTRACT_REFS, young, &unreachable);
    move_unreachable(young, &unreachable);
    trace(GC_PHASE_MOVE_UNREACHABLE, young, &unreachable);

/*< 4 found
    long found = (long)gc_list_size(&unreachable);
*/
    if (generation == GC_OLDEST)
        untrack_dicts(young);
    promote(generation);
//> 5 move_legacy_finalizers_call
    GCHead finalizers;
    gc_list_init(&finalizers);
    if (gc_state.legacy_finalizers)
        move_legacy_finalizers(&unreachable, &finalizers);
//< 5 move_legacy_finalizers_call
    if (gc_state.debug & GC_DEBUG_COLLECTABLE)
        print_collectable(&unreachable);
//> 4 found_after_weakrefs
    long found = handle_weakrefs(&unreachable, old);
//> 5 finalize_garbage_call
    if (finalize_garbage(&unreachable) > 0)
        handle_resurrected_objects(&unreachable, old);
//< 5 finalize_garbage_call
    found += (long)gc_list_size(&unreachable);
//< 4 found_after_weakrefs
    delete_garbage(&unreachable, old);
//> 5 handle_legacy_finalizers_call
    *uncollectable = handle_legacy_finalizers(&finalizers, old);
//< 5 handle_legacy_finalizers_call
    trace(GC_PHASE_DONE, old, &unreachable);
    gc_state.generation = -1;

    gc_state.stats[generation].collections++;
    gc_state.stats[generation].collected += found;
/*< 5 stats_uncollectable
    if (stats)
        fprintf(debug_stream(), "gc: done, %ld unreachable, 0 uncollectable, %.4fs elapsed\n",
                found, seconds_since(&start));
*/
//> 5 stats_uncollectable
    gc_state.stats[generation].uncollectable += *uncollectable;
    if (stats)
        fprintf(debug_stream(), "gc: done, %ld unreachable, %ld uncollectable, %.4fs elapsed\n",
                found + *uncollectable, *uncollectable, seconds_since(&start));
//< 5 stats_uncollectable
    return found;
}
//< 3 collect_main

//> 3 promote
/* Move the survivors of a collection of `generation`, which are all in its
 * list now, one generation older; the oldest keeps its own.  Counts them
 * for the long-lived heuristic: survivors of generation 1 are what the
 * oldest generation gained since its last collection ("pending"), and
 * survivors of a full collection are the oldest generation's new total. */
void promote(int generation)
{
    check_generation_argument(generation, __func__);
    GCHead *survivors = GEN_HEAD(generation);
    if (generation == GC_OLDEST) {
        gc_state.long_lived_pending = 0;
        gc_state.long_lived_total = (long)gc_list_size(survivors);
        return;
    }
    if (generation == GC_OLDEST - 1)
        gc_state.long_lived_pending += (long)gc_list_size(survivors);
    gc_list_merge(survivors, GEN_HEAD(generation + 1));
}
//< 3 promote

//> 3 full_collection_is_due
/* The long-lived heuristic.  A full collection costs time in proportion to
 * the whole heap; run it only when the objects promoted into the oldest
 * generation since the last one are at least a quarter of those it kept.
 * A program that builds a large structure then pays a full collection each
 * time the structure grows by a quarter: linear time overall, where a fixed
 * count of younger collections would make it quadratic. */
bool full_collection_is_due(void)
{
    return gc_state.long_lived_pending >= gc_state.long_lived_total / LONG_LIVED_FRACTION;
}
//< 3 full_collection_is_due

//> 3 collect_with_callback
/* Tell the callback about a collection, before and after it. */
static void invoke_callback(const char *phase, const GCInfo *info)
{
    if (gc_state.callback)
        gc_state.callback(phase, info, gc_state.callback_arg);
}

/* Collect, with the callback told; collecting is true throughout, so that
 * what the callback allocates starts no collection of its own. */
static long collect_with_callback(int generation)
{
    gc_state.collecting = true;
    GCInfo info = {generation, 0, 0};
    invoke_callback("start", &info);
/*< 5 collect_main_call
    info.collected = collect_main(generation);
*/
//> 5 collect_main_call
    info.collected = collect_main(generation, &info.uncollectable);
//< 5 collect_main_call
    invoke_callback("stop", &info);
    gc_state.collecting = false;
/*< 5 collected_and_uncollectable
    return info.collected;
*/
//> 5 collected_and_uncollectable
    return info.collected + info.uncollectable; /* as CPython's gc.collect() */
//< 5 collected_and_uncollectable
}
//< 3 collect_with_callback

//> 3 collect_generations
/* The collection an allocation starts: the oldest generation whose count
 * exceeds its threshold (so all the younger ones too), if the long-lived
 * heuristic lets a full one run; otherwise the next younger that qualifies. */
void collect_generations(void)
{
    for (int i = GC_OLDEST; i >= 0; i--) {
        if (gc_state.generations[i].count <= gc_state.generations[i].threshold)
            continue;
        if (i == GC_OLDEST && !full_collection_is_due())
            continue;
        collect_with_callback(i);
        return;
    }
}
//< 3 collect_generations

//> 3 gc_collect_generation
long gc_collect_generation(int generation)
{
    if (generation < 0 || generation >= NUM_GENERATIONS)
        return -1;
    if (gc_state.collecting)
        return 0;
    return collect_with_callback(generation);
}

long gc_collect(void)
{
    return gc_collect_generation(GC_OLDEST);
}

int gc_collecting_generation(void)
{
    return gc_state.generation;
}
//< 3 gc_collect_generation

void gc_set_trace(GCTraceHook hook, void *arg)
{
    gc_state.trace = hook;
    gc_state.trace_arg = arg;
}

const char *gc_phase_name(GCPhase phase)
{
    static const char *const names[] = {
        [GC_PHASE_START] = "start",
        [GC_PHASE_UPDATE_REFS] = "update_refs",
        [GC_PHASE_SUBTRACT_REFS] = "subtract_refs",
        [GC_PHASE_SCAN] = "scan",
        [GC_PHASE_MOVE_UNREACHABLE] = "move_unreachable",
        [GC_PHASE_DONE] = "delete_garbage",
    };
    if ((unsigned)phase >= sizeof names / sizeof *names)
        fatal_argument(__func__, "phase %d does not exist", (int)phase);
    return names[phase];
}
