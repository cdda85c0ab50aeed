/* collect_phases.c: chapter 2's worked example.  Five lists: a -> b -> c -> a,
 * held from outside by one reference (our variable a), and d <-> e, garbage.
 * A trace hook prints each object's gc_refs after every phase of one
 * collection; with --dot PHASE it draws the heap after that phase instead. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

#define NODES 5
static const char *const names[NODES] = {"a", "b", "c", "d", "e"};

typedef struct Example {
    Object *nodes[NODES];
    const char *draw; /* the phase to draw, or NULL to print tables */
    char note[NODES][32];
} Example;

static bool in_list(GCHead *list, const Object *op)
{
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        if (from_gc(g) == op)
            return true;
    return false;
}

/* What a node is after `phase`: its gc_refs while they are being computed,
 * then which side of the split it is on. */
static void describe(Example *ex, GCPhase phase, GCHead *unreachable, size_t i)
{
    GCHead *g = as_gc(ex->nodes[i]);
    if (phase == GC_PHASE_START)
        snprintf(ex->note[i], sizeof ex->note[i], "%s: tracked", names[i]);
    else if (phase == GC_PHASE_UPDATE_REFS || phase == GC_PHASE_SUBTRACT_REFS)
        snprintf(ex->note[i], sizeof ex->note[i], "%s: gc_refs %ld", names[i],
                 (long)gc_get_refs(g));
    else if (in_list(unreachable, ex->nodes[i]))
        snprintf(ex->note[i], sizeof ex->note[i], "%s: unreachable", names[i]);
    else
        snprintf(ex->note[i], sizeof ex->note[i], "%s: reachable", names[i]);
}

static const char *note_of(const Object *op, void *arg)
{
    Example *ex = arg;
    for (size_t i = 0; i < NODES; i++)
        if (ex->nodes[i] == op)
            return ex->note[i];
    return NULL;
}

static void on_phase(GCPhase phase, GCHead *collected, GCHead *unreachable, void *arg)
{
    Example *ex = arg;
    Object *alive[NODES];
    size_t count = 0;
    for (size_t i = 0; i < NODES; i++) {
        bool freed = phase == GC_PHASE_DONE && !in_list(collected, ex->nodes[i]);
        if (freed) {
            snprintf(ex->note[i], sizeof ex->note[i], "%s: freed", names[i]);
            continue; /* its memory is gone: do not look at it */
        }
        describe(ex, phase, unreachable, i);
        alive[count++] = ex->nodes[i];
    }
    if (ex->draw) {
        if (strcmp(ex->draw, gc_phase_name(phase)) == 0)
            dump_objects_noted(stdout, alive, count, note_of, ex);
        return;
    }
    printf("after %-17s", gc_phase_name(phase));
    for (size_t i = 0; i < NODES; i++)
        printf("  %-14s", ex->note[i]);
    printf("\n");
}

int main(int argc, char **argv)
{
    Example ex = {.draw = argc > 2 && strcmp(argv[1], "--dot") == 0 ? argv[2] : NULL};
    for (size_t i = 0; i < NODES; i++)
        ex.nodes[i] = list_new();
    Object *a = ex.nodes[0];
    list_append(a, ex.nodes[1]);           /* a -> b */
    list_append(ex.nodes[1], ex.nodes[2]); /* b -> c */
    list_append(ex.nodes[2], a);           /* c -> a */
    list_append(ex.nodes[3], ex.nodes[4]); /* d -> e */
    list_append(ex.nodes[4], ex.nodes[3]); /* e -> d */
    for (size_t i = 1; i < NODES; i++)
        decref(ex.nodes[i]); /* only the variable a is left */

    gc_set_trace(on_phase, &ex);
    long found = gc_collect();
    gc_set_trace(NULL, NULL);
    if (!ex.draw)
        printf("gc_collect() returned %ld\n", found);

    ListType.clear(a); /* end clean: break the surviving cycle */
    decref(a);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
