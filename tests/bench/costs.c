/* costs.c: what a collection costs, beside CPython's.  Chapter 3 (shown
 * by the appendix "What it costs").  A benchmark, not a test: `make bench`
 * builds it optimized and runs it; the book shows its output and plot.
 *
 * Each workload is built twice, here in our runtime and by
 * tests/bench/heaps.py in python3, one after the other, and each prints our
 * figure, CPython's and the ratio:
 *   1. a full collection of a live heap (a list of N instances; a random
 *      graph of N instances of out-degree 2), in nanoseconds per object,
 *      beside the physical limit: a bare walk of the same list of objects
 *      that reads each one's count;
 *   2. a full collection that reclaims N objects of cyclic garbage (pairs;
 *      rings of RING_SIZE; one ring of N);
 *   3. making and freeing N instances by reference counting alone, one at a
 *      time, and a list of N instances at once;
 *   4. memory: the GC header, an instance, resident memory per instance
 *      and the peak, for MEMORY_OBJECTS instances.
 * The young collection with old objects alive is young_collection.c's.
 *
 * Usage: costs DIR.  Sizes run from 10^4 up to $BENCH_MAX_OBJECTS (10^7 if
 * unset), and stop where the two heaps would not fit in the memory free.
 * Prints its tables (Markdown) and writes DIR/costs.tsv for costs.gp. */
#include <errno.h>
#include <stdint.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bench.h"
#include "gc_state.h"
#include "runtime.h"

static const long SIZES[] = {10000, 100000, 1000000, 10000000};
/* Timed runs per size: fewer as the heap grows, since each takes longer. */
static const size_t RUNS[] = {41, 21, 11, 3};
#define SIZE_COUNT (sizeof SIZES / sizeof SIZES[0])
#define MAX_RUNS 41 /* the largest of RUNS */
#define DEFAULT_MAX_OBJECTS 10000000L
#define RING_SIZE 100
#define MEMORY_OBJECTS 1000000L
#define MEMORY_FIGURES 4
/* Use at most this fraction of the memory free when a size starts. */
#define MEMORY_SHARE 2
#define BYTES_PER_KIB 1024
#define BYTES_PER_MIB (1024.0 * 1024.0)
#define STATM_RESIDENT_FIELD 1
/* The book's targets (its appendix on costs): above TARGET_FROM_SIZE
 * objects, a collection takes at most TARGET_TIME_RATIO of CPython's time
 * per object and at most TARGET_WALK_RATIO times the bare walk; reclaiming
 * pairs of PAIRS_TARGET_SIZE objects (the garbage whose layout costs most)
 * at most PAIRS_TARGET_RATIO of CPython's time; the GC header and the
 * resident memory per instance no larger than CPython's. */
#define TARGET_FROM_SIZE 100000
#define TARGET_TIME_RATIO 0.5
#define TARGET_WALK_RATIO 3.0
#define PAIRS_TARGET_SIZE 1000000L
#define PAIRS_TARGET_RATIO 1.0

static Object *node_class;

/* The graph's random edges: a xorshift generator, the same every run. */
static uint64_t random_state = 0x9E3779B97F4A7C15u;
#define XORSHIFT_A 13
#define XORSHIFT_B 7
#define XORSHIFT_C 17

static long random_below(long bound)
{
    random_state ^= random_state << XORSHIFT_A;
    random_state ^= random_state >> XORSHIFT_B;
    random_state ^= random_state << XORSHIFT_C;
    return (long)(random_state % (uint64_t)bound);
}

/* A heap builder returns the list that holds a live heap, or NULL when
 * what it built is all garbage. */
typedef Object *(*Builder)(long size);

static Object *build_list(long size)
{
    Object *nodes = list_new();
    for (long i = 0; i < size; i++) {
        Object *node = instance_new(node_class);
        Object *value = int_new(i);
        instance_setattr(node, "value", value);
        decref(value);
        list_append(nodes, node);
        decref(node);
    }
    return nodes;
}

/* As heaps.py, every instance gets both attributes as it is made (the
 * class, standing for heaps.py's None, until the edges are drawn): a class
 * gives a new instance room for the keys it has and can still share
 * (class_shared_keys_new_instance), so instances made first and given
 * their attributes later would find no key left to share. */
static Object *build_graph(long size)
{
    Object *nodes = list_new();
    for (long i = 0; i < size; i++) {
        Object *node = instance_new(node_class);
        instance_setattr(node, "left", node_class);
        instance_setattr(node, "right", node_class);
        list_append(nodes, node);
        decref(node);
    }
    for (long i = 0; i < size; i++) {
        Object *node = list_getitem(nodes, (size_t)i);
        instance_setattr(node, "left", list_getitem(nodes, (size_t)random_below(size)));
        instance_setattr(node, "right", list_getitem(nodes, (size_t)random_below(size)));
    }
    return nodes;
}

/* `size` instances in rings of `ring_size`, each naming the next. */
static void build_rings_of(long size, long ring_size)
{
    for (long r = 0; r < size / ring_size; r++) {
        Object *first = instance_new(node_class), *last = first;
        for (long i = 1; i < ring_size; i++) {
            Object *node = instance_new(node_class);
            instance_setattr(last, "next", node);
            if (last != first)
                decref(last);
            last = node;
        }
        instance_setattr(last, "next", first);
        if (last != first)
            decref(last);
        decref(first);
    }
}

static Object *build_pairs(long size)
{
    build_rings_of(size, 2);
    return NULL;
}

static Object *build_rings(long size)
{
    build_rings_of(size, RING_SIZE);
    return NULL;
}

static Object *build_ring(long size)
{
    build_rings_of(size, size);
    return NULL;
}

typedef struct Workload {
    const char *name; /* heaps.py's name for it */
    const char *label;
    Builder build;
} Workload;

static const Workload LIVE[] = {
    {"list", "a list of instances", build_list},
    {"graph", "a random graph", build_graph},
};
enum { PAIRS }; /* the pairs' place in GARBAGE */
static const Workload GARBAGE[] = {
    [PAIRS] = {"pairs", "pairs", build_pairs},
    {"rings", "rings of 100", build_rings},
    {"ring", "one ring", build_ring},
};
#define LIVE_COUNT (sizeof LIVE / sizeof LIVE[0])
#define GARBAGE_COUNT (sizeof GARBAGE / sizeof GARBAGE[0])

static double timed_collection(long expected_found)
{
    double start = now_ns();
    long found = gc_collect();
    double elapsed = now_ns() - start;
    if (found != expected_found)
        bench_stop("a collection found other garbage than its workload's");
    return elapsed;
}

/* The physical limit: touch every object of `heap`, a generation's list,
 * once, in the order a collection walks them, doing the least a collection
 * does to each (read its count).  The sum is checked (every count is at
 * least 1), so the loop cannot be optimized away. */
static double timed_walk(GCHead *heap, long size)
{
    double start = now_ns();
    intptr_t sum = 0;
    for (GCHead *g = gc_next(heap); g != heap; g = gc_next(g))
        sum += from_gc(g)->refcnt;
    double elapsed = now_ns() - start;
    if (sum < size)
        bench_stop("the walk missed objects");
    return elapsed;
}

typedef struct Figures {
    Summary ours, cpython, limit;
} Figures;

/* Per object: each run's nanoseconds divided by `size`. */
static Summary per_object(double *times, size_t runs, long size)
{
    for (size_t r = 0; r < runs; r++)
        times[r] /= (double)size;
    return summarize(times, runs);
}

static Summary cpython_per_object(const char *workload, long size, size_t runs)
{
    double times[MAX_RUNS];
    run_python(workload, size, runs, times);
    return per_object(times, runs, size);
}

static Figures measure_live(const Workload *w, long size, size_t runs)
{
    double times[MAX_RUNS], walks[MAX_RUNS];
    Object *heap = w->build(size);
    gc_collect(); /* untimed: the first moves everything to the oldest generation */
    for (size_t r = 0; r < runs; r++) {
        times[r] = timed_collection(0);
        walks[r] = timed_walk(GEN_HEAD(GC_OLDEST), size);
    }
    decref(heap);
    gc_collect();
    Figures f = {.ours = per_object(times, runs, size), .limit = per_object(walks, runs, size)};
    f.cpython = cpython_per_object(w->name, size, runs);
    return f;
}

/* The garbage is new, so in generation 0 until the collection. */
static Figures measure_garbage(const Workload *w, long size, size_t runs)
{
    double times[MAX_RUNS], walks[MAX_RUNS];
    for (size_t r = 0; r < runs; r++) {
        w->build(size);
        walks[r] = timed_walk(GEN_HEAD(0), size);
        times[r] = timed_collection(size);
    }
    Figures f = {.ours = per_object(times, runs, size), .limit = per_object(walks, runs, size)};
    f.cpython = cpython_per_object(w->name, size, runs);
    return f;
}

static Figures measure_alloc(long size, size_t runs)
{
    double times[MAX_RUNS];
    gc_enable();
    for (size_t r = 0; r < runs; r++) {
        double start = now_ns();
        for (long i = 0; i < size; i++)
            decref(instance_new(node_class));
        times[r] = now_ns() - start;
    }
    gc_disable();
    Figures f = {.ours = per_object(times, runs, size)};
    f.cpython = cpython_per_object("alloc", size, runs);
    return f;
}

/* Freeing without the collector: the list heap of N instances, dropped
 * at once, so that its last reference frees the list and everything in it. */
static Figures measure_drop(long size, size_t runs)
{
    double times[MAX_RUNS];
    for (size_t r = 0; r < runs; r++) {
        Object *heap = build_list(size);
        double start = now_ns();
        decref(heap);
        times[r] = now_ns() - start;
    }
    Figures f = {.ours = per_object(times, runs, size)};
    f.cpython = cpython_per_object("drop", size, runs);
    return f;
}

/* ---- Memory ---- */

static double resident_bytes(void)
{
    FILE *statm = fopen("/proc/self/statm", "r");
    long pages[STATM_RESIDENT_FIELD + 1];
    if (statm == NULL || fscanf(statm, "%ld %ld", &pages[0], &pages[1]) != 2)
        bench_stop("cannot read /proc/self/statm");
    fclose(statm);
    return (double)pages[STATM_RESIDENT_FIELD] * (double)sysconf(_SC_PAGESIZE);
}

static double peak_resident_bytes(void)
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return (double)usage.ru_maxrss * BYTES_PER_KIB;
}

/* heaps.py's memory workload, in the same order: the GC header, the last
 * instance as allocated with its header (sys.getsizeof in CPython; the
 * first instances of a class have room for more keys than the rest),
 * resident memory per instance of a graph of MEMORY_OBJECTS, and the peak.
 * Measured first, in a fresh process, as the Python side is. */
static void measure_memory(double ours[MEMORY_FIGURES])
{
    double before = resident_bytes();
    Object *heap = build_graph(MEMORY_OBJECTS);
    double grown = resident_bytes() - before;
    ours[0] = (double)sizeof(GCHead);
    ours[1] = (double)object_size(list_getitem(heap, MEMORY_OBJECTS - 1));
    ours[2] = grown / (double)MEMORY_OBJECTS;
    ours[3] = peak_resident_bytes();
    decref(heap);
    gc_collect();
}

static void print_memory(const double ours[MEMORY_FIGURES], const double cpython[MEMORY_FIGURES])
{
    static const char *const rows[MEMORY_FIGURES] = {
        "GC header (bytes)",
        "an instance, its GC header included (bytes)",
        "resident memory per instance of the graph (bytes)",
        "peak resident memory of the process (MiB)",
    };
    printf("## Memory\n\n"
           "Measured first, in a fresh process, with a random graph of %ld instances\n"
           "(two attributes each) held by a list. An instance is what its type allocates\n"
           "for the last one made: `object_size` here, `sys.getsizeof` in CPython. Ours\n"
           "holds its attribute values; CPython 3.11's values array is a block of its own,\n"
           "not in the figure, but in the resident memory.\n\n",
           MEMORY_OBJECTS);
    printf("| | ours | CPython | ours / CPython |\n|---|---:|---:|---:|\n");
    for (size_t i = 0; i < MEMORY_FIGURES; i++) {
        double scale = i == MEMORY_FIGURES - 1 ? BYTES_PER_MIB : 1;
        printf("| %s | %.0f | %.0f | %.2f |\n", rows[i], ours[i] / scale, cpython[i] / scale,
               ours[i] / cpython[i]);
    }
    printf("\nThe targets: a GC header no larger than CPython's: %s; resident memory per\n"
           "instance of the graph at most CPython's: %s (%.0f bytes against %.0f).\n\n",
           ours[0] <= cpython[0] ? "met" : "missed", ours[2] <= cpython[2] ? "met" : "missed",
           ours[2], cpython[2]);
}

/* ---- Which sizes run ---- */

static long max_objects(void)
{
    const char *limit = getenv("BENCH_MAX_OBJECTS");
    return limit && *limit ? strtol(limit, NULL, 10) : DEFAULT_MAX_OBJECTS;
}

/* Room for both heaps of `size`, at the resident bytes per instance the
 * memory table measured, within a share of the memory free now? */
static bool fits_in_memory(long size, const double ours[], const double cpython[])
{
    double free_bytes = (double)sysconf(_SC_AVPHYS_PAGES) * (double)sysconf(_SC_PAGESIZE);
    double needed = (double)size * (ours[2] + cpython[2]);
    return needed * MEMORY_SHARE < free_bytes;
}

/* ---- The tables ---- */

static void print_cell(Summary s)
{
    printf(" %.1f (%.1f–%.1f) |", s.median, s.lower_quartile, s.upper_quartile);
}

static void print_row(const char *label, long size, Figures f, bool limit)
{
    printf("| %s | %ld |", label, size);
    print_cell(f.ours);
    print_cell(f.cpython);
    printf(" %.2f |", f.ours.median / f.cpython.median);
    if (limit)
        printf(" %.1f | %.0fx |", f.limit.median, f.ours.median / f.limit.median);
    printf("\n");
    fflush(stdout);
}

static void print_header(const char *title, const char *what, bool limit)
{
    printf("## %s\n\n%s\n\n", title, what);
    printf("| heap | N | ours (ns/object) | CPython (ns/object) | ours / CPython |%s\n"
           "|---|---:|---:|---:|---:|%s\n",
           limit ? " bare walk (ns/object) | ours / walk |" : "",
           limit ? "---:|---:|" : "");
}

/* The plot's data: a row per size, the medians (ns per object) of ours and
 * CPython's for each collection workload, then the bare walk of the list
 * heap and of each garbage heap. */
static void write_plot_row(FILE *data, long size, const Figures live[], const Figures garbage[])
{
    fprintf(data, "%ld", size);
    for (size_t w = 0; w < LIVE_COUNT; w++)
        fprintf(data, "\t%.2f\t%.2f", live[w].ours.median, live[w].cpython.median);
    for (size_t w = 0; w < GARBAGE_COUNT; w++)
        fprintf(data, "\t%.2f\t%.2f", garbage[w].ours.median, garbage[w].cpython.median);
    fprintf(data, "\t%.2f", live[0].limit.median);
    for (size_t w = 0; w < GARBAGE_COUNT; w++)
        fprintf(data, "\t%.2f", garbage[w].limit.median);
    fprintf(data, "\n");
}

static size_t sizes_that_run(const double ours[], const double cpython[])
{
    size_t count = 0;
    while (count < SIZE_COUNT && SIZES[count] <= max_objects() &&
           fits_in_memory(SIZES[count], ours, cpython))
        count++;
    return count;
}

static double ratio(Figures f)
{
    return f.ours.median / f.cpython.median;
}

/* Of the sizes above TARGET_FROM_SIZE, the figures with the largest ratio
 * of ours to CPython's so far (none yet while `worst` is NULL). */
static const Figures *worse(const Figures *worst, long size, const Figures *f)
{
    return size > TARGET_FROM_SIZE && (worst == NULL || ratio(*f) > ratio(*worst)) ? f : worst;
}

static void print_target(const char *what, const Figures *worst)
{
    if (worst == NULL) {
        printf("- %s: no size above %ld ran.\n", what, (long)TARGET_FROM_SIZE);
        return;
    }
    printf("- %s, above %ld objects: at most %.2f of CPython's time per object "
           "(target %.2f): %s; that run is %.1fx the bare walk (target at most %.0fx).\n",
           what, (long)TARGET_FROM_SIZE, ratio(*worst), TARGET_TIME_RATIO,
           ratio(*worst) <= TARGET_TIME_RATIO ? "met" : "missed",
           worst->ours.median / worst->limit.median, TARGET_WALK_RATIO);
}

/* Pairs at PAIRS_TARGET_SIZE objects, if that size ran. */
static void print_pairs_target(size_t sizes, Figures garbage[][GARBAGE_COUNT])
{
    for (size_t s = 0; s < sizes; s++)
        if (SIZES[s] == PAIRS_TARGET_SIZE)
            printf("- Reclaiming pairs at %ld objects: %.1f ns per object against CPython's "
                   "%.1f, %.2f of its time (target at most %.2f): %s.\n",
                   SIZES[s], garbage[s][PAIRS].ours.median, garbage[s][PAIRS].cpython.median,
                   ratio(garbage[s][PAIRS]), PAIRS_TARGET_RATIO,
                   ratio(garbage[s][PAIRS]) <= PAIRS_TARGET_RATIO ? "met" : "missed");
}

static void measure_collections(FILE *data, size_t sizes)
{
    static Figures live[SIZE_COUNT][LIVE_COUNT], garbage[SIZE_COUNT][GARBAGE_COUNT];
    for (size_t s = 0; s < sizes; s++) {
        for (size_t w = 0; w < LIVE_COUNT; w++)
            live[s][w] = measure_live(&LIVE[w], SIZES[s], RUNS[s]);
        for (size_t w = 0; w < GARBAGE_COUNT; w++)
            garbage[s][w] = measure_garbage(&GARBAGE[w], SIZES[s], RUNS[s]);
        write_plot_row(data, SIZES[s], live[s], garbage[s]);
    }
    print_header("A full collection of a live heap",
                 "A list of N instances, each with an int attribute; and a random graph of N\n"
                 "instances, each with two attributes naming instances chosen at random, held\n"
                 "by a list. Nanoseconds per instance of a full collection that finds\n"
                 "nothing: median (quartiles). The bare walk goes down the same list of\n"
                 "objects and reads each one's count, the least any collection does.",
                 true);
    const Figures *live_worst = NULL, *garbage_worst = NULL;
    for (size_t w = 0; w < LIVE_COUNT; w++)
        for (size_t s = 0; s < sizes; s++) {
            print_row(LIVE[w].label, SIZES[s], live[s][w], true);
            live_worst = worse(live_worst, SIZES[s], &live[s][w]);
        }
    printf("\n");
    print_header("Reclaiming cyclic garbage",
                 "N instances in cycles that nothing else references: pairs, rings of 100,\n"
                 "one ring of all N, built anew for each run. Nanoseconds per instance of the\n"
                 "full collection that finds and frees them: median (quartiles). The bare\n"
                 "walk goes down the garbage just before each collection.",
                 true);
    for (size_t w = 0; w < GARBAGE_COUNT; w++)
        for (size_t s = 0; s < sizes; s++) {
            print_row(GARBAGE[w].label, SIZES[s], garbage[s][w], true);
            garbage_worst = worse(garbage_worst, SIZES[s], &garbage[s][w]);
        }
    printf("\nThe targets, in this run:\n\n");
    print_target("A full collection of a live heap", live_worst);
    print_target("Reclaiming cyclic garbage", garbage_worst);
    print_pairs_target(sizes, garbage);
    printf("\n");
}

static void measure_allocations(size_t sizes)
{
    print_header("Reference counting alone",
                 "Making N instances and dropping each at once, with automatic collection\n"
                 "on; and dropping the list heap of the first table, which frees the list\n"
                 "and its N instances: nanoseconds per instance, median (quartiles).\n"
                 "CPython's first is the loop `for _ in r: Node()` less the same loop making\n"
                 "nothing, so that what is left is making the instance, counting and freeing it.",
                 false);
    for (size_t s = 0; s < sizes; s++)
        print_row("made and dropped", SIZES[s], measure_alloc(SIZES[s], RUNS[s]), false);
    for (size_t s = 0; s < sizes; s++)
        print_row("a list heap dropped", SIZES[s], measure_drop(SIZES[s], RUNS[s]), false);
    printf("\n");
}

int main(int argc, char **argv)
{
    if (argc != 2)
        bench_stop("usage: costs DIR (where to write costs.tsv)");
    double ours[MEMORY_FIGURES], cpython[MEMORY_FIGURES];
    gc_disable();
    node_class = class_new("Node", NULL);
    measure_memory(ours);
    run_python("memory", MEMORY_OBJECTS, MEMORY_FIGURES, cpython);

    char version[COMMAND_MAX], path[FILENAME_MAX];
    python_version(version, sizeof version);
    size_t sizes = sizes_that_run(ours, cpython);
    printf("Compared with CPython %s. Sizes from %ld to %ld objects; timed runs per size:",
           version, SIZES[0], SIZES[sizes - 1]);
    for (size_t s = 0; s < sizes; s++)
        printf(" %zu", RUNS[s]);
    printf(".\n\n");

    snprintf(path, sizeof path, "%s/costs.tsv", argv[1]);
    FILE *data = fopen(path, "w");
    if (data == NULL) {
        fprintf(stderr, "costs: %s: %s\n", path, strerror(errno));
        return EXIT_FAILURE;
    }
    measure_collections(data, sizes);
    if (fclose(data) != 0)
        bench_stop("could not write the plot's data");
    measure_allocations(sizes);
    print_memory(ours, cpython);
    decref(node_class);
    gc_collect();
    return account_total().live_objects == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
