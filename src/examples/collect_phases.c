/* collect_phases.c: chapter 2's worked example.  Five lists: a -> b -> c -> a,
 * held from outside by one reference (our variable a), and d <-> e, garbage.
 * A trace hook prints each object's gc_refs after every phase of one
 * collection.  With --dot PHASE it draws the heap after that phase instead;
 * with --steps it draws it after every phase and before every object that
 * move_unreachable scans, each picture after a line "// caption: ...".
 * A last argument, the five names in another order (say bcade), makes the
 * lists in that order, which is the order of the collector's list. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

#define NODES 5
#define NOTE_MAX 64 /* a name, "gc_refs" and the widest long, ", scanned next" */
static const char *const names[NODES] = {"a", "b", "c", "d", "e"};
static const char *const freed_names[NODES] = {"list a", "list b", "list c", "list d",
                                               "list e"};

typedef struct Example {
    Object *nodes[NODES];
    const char *draw; /* the phase to draw, "steps" for every one, or NULL to print */
    char note[NODES][NOTE_MAX];
    DumpState state[NODES];
} Example;

static bool in_list(GCHead *list, const Object *op)
{
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        if (from_gc(g) == op)
            return true;
    return false;
}

/* During move_unreachable, the object it scans next: the first of the list
 * still COLLECTING (the objects kept come first, their flag cleared). */
static Object *scanned_next(GCHead *collected)
{
    for (GCHead *g = gc_next(collected); g != collected; g = gc_next(g))
        if (gc_is_collecting(g))
            return from_gc(g);
    return NULL;
}

/* What a node is after `phase`: its gc_refs while they are being computed,
 * then which side of the split it is on. */
static void describe(Example *ex, GCPhase phase, GCHead *collected, GCHead *unreachable,
                     size_t i)
{
    GCHead *g = as_gc(ex->nodes[i]);
    char *note = ex->note[i];
    ex->state[i] = DUMP_UNMARKED;
    if (phase == GC_PHASE_START) {
        snprintf(note, NOTE_MAX, "%s: tracked", names[i]);
    } else if (in_list(unreachable, ex->nodes[i])) {
        snprintf(note, NOTE_MAX, "%s: unreachable", names[i]);
        ex->state[i] = DUMP_TENTATIVE;
    } else if (phase == GC_PHASE_SCAN && gc_is_collecting(g)) {
        snprintf(note, NOTE_MAX, "%s: gc_refs %ld%s", names[i], (long)gc_get_refs(g),
                 scanned_next(collected) == ex->nodes[i] ? ", scanned next" : "");
    } else if (phase == GC_PHASE_UPDATE_REFS || phase == GC_PHASE_SUBTRACT_REFS) {
        snprintf(note, NOTE_MAX, "%s: gc_refs %ld", names[i], (long)gc_get_refs(g));
    } else {
        snprintf(note, NOTE_MAX, "%s: reachable", names[i]);
        ex->state[i] = DUMP_REACHABLE;
    }
}

static DumpMark mark_of(const Object *op, void *arg)
{
    Example *ex = arg;
    for (size_t i = 0; i < NODES; i++)
        if (ex->nodes[i] == op)
            return (DumpMark){ex->note[i], ex->state[i]};
    return (DumpMark){0};
}

/* What the picture after each phase shows, in a sentence. */
static const char *const phase_captions[] = {
    [GC_PHASE_START] = "before the collection: the lists in the collector's list, "
                       "in the order they were made",
    [GC_PHASE_UPDATE_REFS] = "after update_refs: each gc_refs is a copy of the count",
    [GC_PHASE_SUBTRACT_REFS] = "after subtract_refs: gc_refs counts the references "
                               "from outside the set",
    [GC_PHASE_MOVE_UNREACHABLE] = "after move_unreachable: what is left on the unreachable "
                                  "list is garbage",
    [GC_PHASE_DONE] = "after delete_garbage: the garbage is freed, the survivors untouched",
};

/* What the picture of `phase` shows: during move_unreachable, what the pass
 * does with the object it reaches. */
static void write_caption(Example *ex, GCPhase phase, GCHead *collected)
{
    printf("// caption: ");
    Object *next = phase == GC_PHASE_SCAN ? scanned_next(collected) : NULL;
    if (next == NULL) {
        printf("%s\n", phase_captions[phase]);
        return;
    }
    long refs = (long)gc_get_refs(as_gc(next));
    for (size_t i = 0; i < NODES; i++)
        if (ex->nodes[i] == next)
            printf("move_unreachable reaches %s, with gc_refs %ld: %s\n", names[i], refs,
                   refs > 0 ? "it is kept, and what it refers to is made reachable"
                            : "it moves to the unreachable list, for now");
}

static void draw(Example *ex, GCPhase phase, GCHead *collected, GCHead *unreachable,
                 Object *const *alive, size_t count, const char *const *freed, size_t nfreed)
{
    DumpList lists[] = {{"the list collected", collected}, {"unreachable", unreachable}};
    bool split = phase == GC_PHASE_SCAN || phase == GC_PHASE_MOVE_UNREACHABLE;
    if (strcmp(ex->draw, "steps") == 0)
        write_caption(ex, phase, collected);
    dump_picture(stdout, &(Picture){
                             .objects = alive,
                             .count = count,
                             .mark = mark_of,
                             .arg = ex,
                             .holders = (DumpHolder[]){{"C variable a", ex->nodes[0]}},
                             .nholders = 1,
                             .lists = lists,
                             .nlists = split ? 2 : 1,
                             .freed = freed,
                             .nfreed = nfreed,
                         });
}

static void on_phase(GCPhase phase, GCHead *collected, GCHead *unreachable, void *arg)
{
    Example *ex = arg;
    Object *alive[NODES];
    const char *freed[NODES];
    size_t count = 0, nfreed = 0;
    for (size_t i = 0; i < NODES; i++) {
        if (phase == GC_PHASE_DONE && !in_list(collected, ex->nodes[i])) {
            freed[nfreed++] = freed_names[i]; /* its memory is gone: do not look at it */
            snprintf(ex->note[i], NOTE_MAX, "%s: freed", names[i]);
            continue;
        }
        describe(ex, phase, collected, unreachable, i);
        alive[count++] = ex->nodes[i];
    }
    if (ex->draw) {
        if (strcmp(ex->draw, "steps") == 0 || strcmp(ex->draw, gc_phase_name(phase)) == 0)
            draw(ex, phase, collected, unreachable, alive, count, freed, nfreed);
        return;
    }
    if (phase == GC_PHASE_SCAN)
        return; /* a line per phase */
    printf("after %-17s", gc_phase_name(phase));
    for (size_t i = 0; i < NODES; i++)
        printf("  %-14s", ex->note[i]);
    printf("\n");
}

/* The index of each name of `order`, a permutation of the five names. */
static bool parse_order(const char *order, size_t made[NODES])
{
    if (strlen(order) != NODES)
        return false;
    for (size_t i = 0; i < NODES; i++) {
        const char *name = strchr("abcde", order[i]);
        if (name == NULL || strchr(order + i + 1, order[i]))
            return false;
        made[i] = (size_t)(name - "abcde");
    }
    return true;
}

int main(int argc, char **argv)
{
    Example ex = {0};
    int arg = 1;
    if (arg < argc && strcmp(argv[arg], "--steps") == 0) {
        ex.draw = "steps";
        arg++;
    } else if (arg + 1 < argc && strcmp(argv[arg], "--dot") == 0) {
        ex.draw = argv[arg + 1];
        arg += 2;
    }
    size_t made[NODES] = {0, 1, 2, 3, 4};
    if (arg < argc && !parse_order(argv[arg++], made)) {
        fprintf(stderr, "collect_phases: the order must name a, b, c, d and e once each\n");
        return 2;
    }
    if (arg < argc) {
        fprintf(stderr, "usage: collect_phases [--dot PHASE | --steps] [ORDER]\n");
        return 2;
    }
    for (size_t i = 0; i < NODES; i++)
        ex.nodes[made[i]] = list_new();
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
