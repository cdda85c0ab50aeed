/* trace.c: --trace-gc, --dot and --stats.  Chapter 2 (the runner). */
#define _POSIX_C_SOURCE 200809L /* mkdir */

#include "trace.h"

#include <stdlib.h>
#include <sys/stat.h>

#include "account.h"
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "dump.h"
#include "gc.h"
//> 5 include_generator
#include "generator.h"
//< 5 include_generator
#include "instance.h"
#include "interp.h"
#include "minipy.h"
//> 3 include_mod_gc
#include "mod_gc.h"
//< 3 include_mod_gc
#include "str.h"

/* Tables of more objects than this are left out: a trace is for reading. */
#define TRACE_TABLE_MAX 64
#define PATH_MAX_LENGTH 4096
#define DOT_DIR_MODE 0777 /* less the user's umask */
/* Pictures of more objects than this are not drawn: nobody could read them. */
#define DOT_MAX_OBJECTS 200
/* What an object is ("function make_pair"), and a note under it in a
 * picture: its number, that, and its side. */
#define DESCRIBE_MAX 64
#define DOT_NOTE_MAX (DESCRIBE_MAX + 40)

static struct {
    TraceOptions options;
    long collections;
    long collected;
    /* the collection being traced: the program's objects, numbered #1.. in
     * the collector's list order at the start */
    Object **shown;
    size_t nshown, capacity;
    size_t runtime_objects;
    size_t unreachable;
} trace;

/* The runner's own objects (modules, built-in functions, their dicts) are
 * left out of tables and pictures: they are the same in every program.  A
 * module's dict is known by the module that holds it: `module_dicts` are
 * those of the modules in the collected list. */
static bool is_runtime_object(const Object *op, Object *const *module_dicts, size_t nmodules)
{
    if (op->type == &ModuleType || op->type == &BuiltinType || op == interp.builtins ||
        op == interp.modules)
        return true;
//> 3 runtime_lists
    if (gc_module_list(op))
        return true;
//< 3 runtime_lists
    for (size_t i = 0; op->type == &DictType && i < nmodules; i++)
        if (module_dicts[i] == op)
            return true;
    return false;
}

static long number_of(const Object *op)
{
    for (size_t i = 0; i < trace.nshown; i++)
        if (trace.shown[i] == op)
            return (long)i + 1;
    return 0;
}

//> 5 describe_generator
/* A generator by its function's name, and whether its frame, which is
 * part of it as in CPython 3.11, waits at a yield. */
static void describe_generator(const Generator *g, char *out, size_t size)
{
    snprintf(out, size, "generator %s%s", str_chars(g->qualname),
             g->state == GEN_SUSPENDED ? ", suspended" : "");
}
//< 5 describe_generator

/* What an object is, without running any code or allocating. */
static void describe(const Object *op, char *out, size_t size)
{
    if (is_instance(op))
        snprintf(out, size, "%s object", type_name(op));
    else if (op->type == &ClassType)
        snprintf(out, size, "class %s", str_chars(((const Class *)op)->name));
    else if (op->type == &FunctionType)
        snprintf(out, size, "function %s", str_chars(((const Function *)op)->qualname));
//> 5 describe_generator_call
    else if (op->type == &GeneratorType)
        describe_generator((const Generator *)op, out, size);
//< 5 describe_generator_call
    else if (op == interp.globals)
        snprintf(out, size, "dict (globals)");
    else
        snprintf(out, size, "%s", type_name(op));
}

static void keep(Object *op)
{
    if (trace.nshown == trace.capacity) {
        trace.capacity = trace.capacity ? 2 * trace.capacity : TRACE_TABLE_MAX;
        trace.shown = realloc(trace.shown, trace.capacity * sizeof *trace.shown);
        if (trace.shown == NULL)
            fatal_out_of_memory("tracing a collection");
    }
    trace.shown[trace.nshown++] = op;
}

/* Number the program's objects in the list, in its order, leaving out the
 * runtime's (found with the dicts of the modules in the list). */
static void remember(GCHead *list)
{
    size_t nmodules = 0;
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        nmodules += from_gc(g)->type == &ModuleType;
    Object **module_dicts = malloc((nmodules + 1) * sizeof *module_dicts);
    if (module_dicts == NULL)
        fatal_out_of_memory("tracing a collection");
    nmodules = 0;
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        if (from_gc(g)->type == &ModuleType)
            module_dicts[nmodules++] = ((Module *)from_gc(g))->dict;
    trace.nshown = trace.runtime_objects = 0;
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        if (is_runtime_object(from_gc(g), module_dicts, nmodules))
            trace.runtime_objects++;
        else
            keep(from_gc(g));
    }
    free(module_dicts);
}

static void print_table(GCPhase phase, GCHead *list, const char *heading)
{
    if (trace.nshown == 0)
        return;
    if (trace.nshown > TRACE_TABLE_MAX) {
        printf("    (%zu objects: the table is left out)\n", trace.nshown);
        return;
    }
    if (heading[0] != '\0')
        printf("    %-4s %-28s %s\n", "", "object", heading);
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        long number = number_of(from_gc(g));
        if (number == 0)
            continue;
        char what[DESCRIBE_MAX];
        describe(from_gc(g), what, sizeof what);
        if (phase == GC_PHASE_MOVE_UNREACHABLE)
            printf("    #%-3ld %s\n", number, what);
        else
            printf("    #%-3ld %-28s %8ld %8ld\n", number, what, (long)from_gc(g)->refcnt,
                   (long)gc_get_refs(g));
    }
}

static size_t count_list(GCHead *list)
{
    size_t n = 0;
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        n++;
    return n;
}

//> 3 print_opening
/* "gc: collection 3 (generation 0; counts before: 701 3 0): 699 objects
 * (35 of the runtime's not shown)": the generation collected, the counts
 * that chose it, and the objects of the generations it collects. */
static void print_opening(void)
{
    printf("gc: collection %ld (generation %d; counts before:", trace.collections,
           gc_collecting_generation());
    for (int i = 0; i < NUM_GENERATIONS; i++)
        printf(" %ld", gc_get_count(i));
    printf("): %zu objects (%zu of the runtime's not shown)\n",
           trace.nshown + trace.runtime_objects, trace.runtime_objects);
}

//< 3 print_opening
static void print_phase(GCPhase phase, GCHead *collected, GCHead *unreachable)
{
    switch (phase) {
    case GC_PHASE_START:
/*< 3 trace_opening
        printf("gc: collection %ld: %zu objects tracked (%zu of the runtime's not shown)\n",
               trace.collections, trace.nshown + trace.runtime_objects, trace.runtime_objects);
*/
//> 3 trace_opening
        print_opening();
//< 3 trace_opening
        break;
    case GC_PHASE_UPDATE_REFS:
        printf("gc: after update_refs: gc_refs starts as the reference count\n");
        print_table(phase, collected, "refcount  gc_refs");
        break;
    case GC_PHASE_SUBTRACT_REFS:
        printf("gc: after subtract_refs: gc_refs counts references from outside\n");
        print_table(phase, collected, "refcount  gc_refs");
        break;
    case GC_PHASE_SCAN:
        break; /* a trace shows phases, not each object's step */
    case GC_PHASE_MOVE_UNREACHABLE:
        printf("gc: after move_unreachable: %zu unreachable\n", trace.unreachable);
        if (trace.unreachable > 0)
            print_table(phase, unreachable, "");
        break;
    case GC_PHASE_DONE:
/*< 3 trace_done
        printf("gc: done: %zu unreachable objects freed\n", trace.unreachable);
*/
//> 3 trace_done
        printf("gc: done: %zu unreachable objects %s\n", trace.unreachable,
               gc_get_debug() & GC_DEBUG_SAVEALL ? "saved in gc.garbage" : "freed");
//< 3 trace_done
        break;
    }
}

/* After move_unreachable, the objects found unreachable are the ones whose
 * COLLECTING flag is still set (collect.c). */
static DumpMark dot_mark(const Object *op, void *arg)
{
    static char note[DOT_NOTE_MAX];
    (void)arg;
    bool unreachable = gc_is_collecting(as_gc(op));
    char what[DESCRIBE_MAX];
    describe(op, what, sizeof what);
    snprintf(note, sizeof note, "#%ld %s: %s", number_of(op), what,
             unreachable ? "unreachable" : "reachable");
    return (DumpMark){note, unreachable ? DUMP_TENTATIVE : DUMP_REACHABLE};
}

/* What holds the objects drawn from outside the picture, an arrow each, so
 * that the arrows into every object add up to its count: the slots of the
 * running frames, the runtime's objects (modules, their dicts, built-ins)
 * in the lists, and, for what is left, a node for the rest, whose
 * references the hook cannot see one by one: the runner's C variables (a
 * value being computed, the function being called) and, when the
 * collection is not a full one, the objects of older generations. */
typedef struct Holders {
    const Object **targets;
    char (*names)[DOT_NOTE_MAX];
    size_t count, capacity;
    long *arrows; /* by object drawn (number_of - 1): arrows into it so far */
} Holders;

static void hold(Holders *h, const char *name, const Object *target)
{
    if (h->count == h->capacity) {
        h->capacity = h->capacity ? 2 * h->capacity : DOT_MAX_OBJECTS;
        h->targets = realloc(h->targets, h->capacity * sizeof *h->targets);
        h->names = realloc(h->names, h->capacity * sizeof *h->names);
        if (h->targets == NULL || h->names == NULL)
            fatal_out_of_memory("drawing a collection");
    }
    snprintf(h->names[h->count], DOT_NOTE_MAX, "%s", name);
    h->targets[h->count++] = target;
    h->arrows[number_of(target) - 1]++;
}

static int count_arrow(Object *referent, void *arg)
{
    Holders *h = arg;
    long number = referent ? number_of(referent) : 0;
    if (number > 0)
        h->arrows[number - 1]++;
    return 0;
}

/* A runtime object, by what it is to the program. */
static void runtime_name(const Object *op, GCHead *list, char *out, size_t size)
{
    if (op->type == &ModuleType) {
        snprintf(out, size, "module %s", str_chars(((const Module *)op)->name));
        return;
    }
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        if (from_gc(g)->type == &ModuleType && ((Module *)from_gc(g))->dict == op) {
            snprintf(out, size, "dict of module %s", str_chars(((Module *)from_gc(g))->name));
            return;
        }
    describe(op, out, size);
}

typedef struct RuntimeHolder {
    Holders *holders;
    const char *name;
} RuntimeHolder;

static int hold_referent(Object *referent, void *arg)
{
    RuntimeHolder *r = arg;
    if (referent && number_of(referent) > 0)
        hold(r->holders, r->name, referent);
    return 0;
}

static void hold_from_runtime(Holders *h, GCHead *list, GCHead *names)
{
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        Object *op = from_gc(g);
        if (number_of(op) > 0 || op->type->traverse == NULL)
            continue;
        char name[DOT_NOTE_MAX];
        runtime_name(op, names, name, sizeof name);
        op->type->traverse(op, hold_referent, &(RuntimeHolder){h, name});
    }
}

static void hold_from_frames(Holders *h)
{
    for (Frame *f = interp.frame; f != NULL; f = f->back) {
        char name[DOT_NOTE_MAX];
        for (int i = 0; i < f->scope->nslots; i++)
            if (f->slots[i] && number_of(f->slots[i]) > 0) {
                snprintf(name, sizeof name, "frame of %s: %s", str_chars(f->scope->qualname),
                         str_chars(f->scope->slot_names[i]));
                hold(h, name, f->slots[i]);
            }
    }
}

static void find_holders(Holders *h, GCHead *collected, GCHead *unreachable)
{
    for (size_t i = 0; i < trace.nshown; i++)
        if (trace.shown[i]->type->traverse)
            trace.shown[i]->type->traverse(trace.shown[i], count_arrow, h);
    hold_from_frames(h);
    hold_from_runtime(h, collected, collected);
    hold_from_runtime(h, unreachable, collected);
/*< 3 rest_name
    const char *rest = "the runner's C variables";
*/
//> 3 rest_name
    const char *rest = gc_collecting_generation() == NUM_GENERATIONS - 1
                           ? "the runner's C variables"
                           : "the runner's C variables, or older generations";
//< 3 rest_name
    for (size_t i = 0; i < trace.nshown; i++)
        while (h->arrows[i] < trace.shown[i]->refcnt)
            hold(h, rest, trace.shown[i]);
}

static void write_dot(GCHead *collected, GCHead *unreachable)
{
    if (trace.nshown > DOT_MAX_OBJECTS) {
        fprintf(stderr, "minipy: collection %ld has %zu objects, too many to draw (%d at most)\n",
                trace.collections, trace.nshown, DOT_MAX_OBJECTS);
        return;
    }
    char path[PATH_MAX_LENGTH];
    mkdir(trace.options.dot_dir, DOT_DIR_MODE); /* if it exists, fine */
    snprintf(path, sizeof path, "%s/collection-%ld.dot", trace.options.dot_dir, trace.collections);
    FILE *out = fopen(path, "w");
    if (out == NULL) {
        fprintf(stderr, "minipy: cannot write %s\n", path);
        return;
    }
    Holders h = {.arrows = calloc(trace.nshown + 1, sizeof *h.arrows)};
    if (h.arrows == NULL)
        fatal_out_of_memory("drawing a collection");
    find_holders(&h, collected, unreachable);
    DumpHolder *holders = malloc((h.count + 1) * sizeof *holders);
    if (holders == NULL)
        fatal_out_of_memory("drawing a collection");
    for (size_t i = 0; i < h.count; i++)
        holders[i] = (DumpHolder){h.names[i], h.targets[i]};
    DumpList lists[] = {{"the generations collected", collected}, {"unreachable", unreachable}};
    dump_picture(out, &(Picture){.objects = trace.shown, .count = trace.nshown,
                                 .mark = dot_mark, .holders = holders, .nholders = h.count,
                                 .lists = lists, .nlists = 2});
    fclose(out);
    free(holders);
    free(h.targets);
    free(h.names);
    free(h.arrows);
}

static void on_phase(GCPhase phase, GCHead *collected, GCHead *unreachable, void *arg)
{
    (void)arg;
    if (phase == GC_PHASE_START) {
        trace.collections++;
        if (trace.options.print || trace.options.dot_dir)
            remember(collected);
    }
    if (phase == GC_PHASE_MOVE_UNREACHABLE) {
        trace.unreachable = count_list(unreachable);
        trace.collected += (long)trace.unreachable;
        if (trace.options.dot_dir)
            write_dot(collected, unreachable);
    }
    if (trace.options.print)
        print_phase(phase, collected, unreachable);
    if (phase == GC_PHASE_DONE)
        trace.nshown = 0;
}

void trace_install(const TraceOptions *options)
{
    trace.options = *options;
    gc_set_trace(on_phase, NULL);
}

void trace_report_stats(FILE *out)
{
    fprintf(out, "collections: %ld, unreachable objects found: %ld\n", trace.collections,
            trace.collected);
//> 3 stats_generations
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GCStats stats = gc_get_stats(i);
        fprintf(out, "  generation %d: %ld collections, %ld unreachable objects found\n", i,
                stats.collections, stats.collected);
    }
//< 3 stats_generations
    account_report(out);
}
