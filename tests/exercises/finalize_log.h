/* finalize_log.h: for the graded tests of finalizers (chapter 5): a
 * finalizer that logs what it sees, one that resurrects its object, bounded
 * walks of the collector's lists, and a collection cut into its phases so
 * that a test can run the student's phase in its place.
 *
 * Each test runs in a process of its own, so the log starts empty. */
#ifndef TEST_FINALIZE_LOG_H
#define TEST_FINALIZE_LOG_H

#include "graded.h"

enum { FINALIZED_MAX = 64, STEPS_MAX = 100000 };

/* What one finalizer call saw of its object. */
typedef struct Seen {
    Object *op;
    long refcnt;
    bool tracked;
    bool finalized;
    bool next_intact; /* its "next" still had its own "next" (or none) */
} Seen;

static Seen seen[FINALIZED_MAX];
static size_t seen_count;
/* Run by the logging finalizer after it logs; or NULL. */
static void (*on_finalize)(Object *self);
/* Where resurrect() stores its object. */
static Object *lifeboat;

static inline void log_finalizer(Object *self)
{
    Object *next = instance_getattr(self, "next");
    if (seen_count < FINALIZED_MAX)
        seen[seen_count] = (Seen){self, (long)self->refcnt, gc_is_tracked(self),
                                  gc_is_finalized(self),
                                  next == NULL || instance_getattr(next, "next") != NULL};
    seen_count++;
    if (on_finalize)
        on_finalize(self);
}

/* A finalizer that logs, then stores its object in the lifeboat. */
static inline void resurrect(Object *self)
{
    log_finalizer(self);
    if (lifeboat == NULL)
        lifeboat = list_new();
    list_append(lifeboat, self);
}

/* Empty the lifeboat: what it held dies (or is left to a collection). */
static inline void sink_lifeboat(void)
{
    Object *boat = lifeboat;
    lifeboat = NULL;
    xdecref(boat);
}

static inline size_t times_finalized(const Object *op)
{
    size_t n = 0;
    for (size_t i = 0; i < seen_count && i < FINALIZED_MAX; i++)
        n += seen[i].op == op;
    return n;
}

/* A new instance of cls with attribute `name` set to value. */
static inline Object *instance_with(Object *cls, const char *name, Object *value)
{
    Object *op = instance_new(cls);
    instance_setattr(op, name, value);
    return op;
}

static inline void release(Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++)
        decref(objects[i]);
}

/* Is op in list?  Bounded, so that a broken list fails instead of hanging. */
static inline bool in_list(GCHead *list, const Object *op)
{
    GCHead *g = gc_next(list);
    for (int i = 0; g != NULL && g != list && i < STEPS_MAX; i++, g = gc_next(g))
        if (from_gc(g) == op)
            return true;
    return false;
}

/* Why `list` is not a well-formed list of n objects whose COLLECTING flag is
 * `collecting`, or NULL if it is one. */
static inline const char *list_problem(GCHead *list, size_t n, bool collecting)
{
    GCHead *prev = list;
    size_t i = 0;
    for (GCHead *g = gc_next(list); g != list; prev = g, g = gc_next(g), i++) {
        if (g == NULL || i == STEPS_MAX)
            return "the list does not end where it began";
        if (gc_prev(g) != prev || (g->next & NEXT_UNREACHABLE))
            return "an object's prev is not the object before it (or its "
                   "next has the UNREACHABLE bit)";
        if (gc_is_collecting(g) != collecting)
            return collecting ? "an object has lost its COLLECTING flag"
                              : "an object still has its COLLECTING flag";
    }
    if (gc_prev(list) != prev)
        return "the head's prev is not the last object";
    return i == n ? NULL : "the list does not hold the number of objects expected";
}

#define ck_assert_list(list, n, collecting)                                  \
    do {                                                                     \
        const char *problem_ = list_problem(list, n, collecting);            \
        ck_assert_msg(problem_ == NULL, "%s: %s", #list, problem_);          \
    } while (0)

/* A collection of one generation, cut into its phases (collect_main in
 * src/collect.c), for a test to run the student's phase among them. */
typedef struct Collection {
    GCHead unreachable;
    GCHead finalizers; /* legacy mode's uncollectable objects */
    GCHead *old;
    long uncollectable;
} Collection;

/* The phases up to promote: c->unreachable is the trash, COLLECTING set,
 * whole.  Finalizers allocate: no collection starts inside this one. */
static inline void collection_begin(Collection *c, int generation)
{
    gc_state.collecting = true;
    for (int i = 0; i < generation; i++)
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    GCHead *young = GEN_HEAD(generation);
    c->old = generation < GC_OLDEST ? GEN_HEAD(generation + 1) : young;
    gc_list_init(&c->unreachable);
    gc_list_init(&c->finalizers);
    c->uncollectable = 0;
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, &c->unreachable);
    promote(generation);
}

/* delete_garbage, then legacy mode's end.  Returns how many objects were
 * freed there, as collect_main counts them (no weak reference here is
 * freed by its own callback). */
static inline long collection_end(Collection *c)
{
    long found = (long)gc_list_size(&c->unreachable);
    delete_garbage(&c->unreachable, c->old);
    c->uncollectable = handle_legacy_finalizers(&c->finalizers, c->old);
    gc_state.collecting = false;
    return found;
}

#endif
