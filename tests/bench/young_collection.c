/* young_collection.c: what generations buy, measured.  Chapter 3.
 * A benchmark, not a test: `make bench` builds it optimized (the release
 * library, -O2 -DNDEBUG) and runs it; the book shows its output and plot.
 *
 * 1. A young collection costs in proportion to the young objects, not to
 *    the heap: the time of a collection of generation 0 holding
 *    YOUNG_OBJECTS objects, with 0, 10^5 and 10^6 old objects alive; and
 *    beside it CPython's, on the same heaps built by tests/bench/heaps.py
 *    in python3, run between our rounds.
 * 2. The long-lived heuristic keeps a growing heap linear: the time to
 *    build a list of N lists with automatic collection on, with the
 *    heuristic and without it.
 *
 * Usage: young_collection DIR.  Prints its tables (Markdown) on stdout and
 * writes DIR/young_collection.tsv, the data of the plot
 * (tests/bench/young_collection.gp). */
#include <errno.h>

#include "bench.h"
#include "gc_state.h"
#include "runtime.h"

/* The young set: as many objects as generation 0 holds when its threshold
 * starts a collection, all instances.  What a young collection finds is
 * what reference counting left: objects still in use, and garbage in
 * cycles.  So half are survivors the program holds, each also referencing
 * the survivor made before it (move_unreachable scans them, and they are
 * promoted); half are garbage, in cycles of two (found, and freed by
 * delete_garbage).  Survivors form no cycle, so that releasing them after
 * each run frees them at once, and every run starts from the same heap. */
#define YOUNG_OBJECTS GC_DEFAULT_THRESHOLD
/* A group: a survivor, a garbage pair, a survivor. */
#define GROUP_SIZE 4
#define GROUPS (YOUNG_OBJECTS / GROUP_SIZE)
#define SURVIVORS (2 * GROUPS)
#define GARBAGE (2 * GROUPS)
_Static_assert(YOUNG_OBJECTS % GROUP_SIZE == 0, "the young set is whole groups");

/* Old objects: empty lists (tracked, as CPython tracks every list) held by
 * one more list, moved to the oldest generation by a full collection
 * before measuring. */
static const long OLD_SIZES[] = {0, 100000, 1000000};
#define OLD_SIZE_COUNT (sizeof OLD_SIZES / sizeof OLD_SIZES[0])
/* Collections timed per size: RUNS_PER_ROUND in each of ROUNDS rounds, a
 * round going through every size, so that a slow spell of the machine
 * (other work on it) weighs on every size alike.  The median is reported,
 * with the quartiles.  Before a size's runs, a few untimed ones let the
 * allocator and the caches settle on the new heap. */
#define ROUNDS 5
#define RUNS_PER_ROUND 201
#define REPETITIONS (ROUNDS * RUNS_PER_ROUND)
/* The book's target (the appendix on costs): with the most old objects,
 * at most this many times the time with none. */
#define TARGET_GROWTH 1.5
#define WARMUP_RUNS 20

/* The growing list of part 2.  Without the heuristic the time grows as N
 * squared, so the sizes stop where that takes a few seconds. */
static const long BUILD_SIZES[] = {100000, 1000000, 2000000, 4000000};
#define BUILD_SIZE_COUNT (sizeof BUILD_SIZES / sizeof BUILD_SIZES[0])

#define MICROSECONDS_PER_SECOND 1e6
#define NANOSECONDS_PER_MICROSECOND 1e3
#define MILLISECONDS_PER_SECOND 1e3

/* In seconds. */
static double now(void)
{
    return now_ns() / NANOSECONDS_PER_SECOND;
}

/* Make the young set: the survivors go in `kept`, the garbage is held only
 * by its own cycles. */
static void make_young_set(Object *cls, Object *kept[SURVIVORS])
{
    size_t k = 0;
    for (size_t i = 0; i < GROUPS; i++) {
        kept[k] = instance_new(cls);
        if (k > 0)
            instance_setattr(kept[k], "peer", kept[k - 1]);
        k++;
        Object *a = instance_new(cls), *b = instance_new(cls);
        instance_setattr(a, "peer", b);
        instance_setattr(b, "peer", a);
        decref(a);
        decref(b);
        kept[k] = instance_new(cls);
        instance_setattr(kept[k], "peer", kept[k - 1]);
        k++;
    }
}

/* Release the survivors newest first: each is freed by the program's
 * decref, its successor (the one that referenced it) being gone already,
 * so no free goes down a chain of them. */
static void release_young_set(Object *kept[SURVIVORS])
{
    for (size_t k = SURVIVORS; k-- > 0;)
        decref(kept[k]);
}

/* The seconds a collection of generation 0 takes, with the young set in
 * it.  Checks that it found the garbage and that the survivors, promoted
 * to generation 1, are all freed again. */
static double time_young_collection(Object *cls)
{
    Object *kept[SURVIVORS];
    make_young_set(cls, kept);
    double start = now();
    long found = gc_collect_generation(0);
    double seconds = now() - start;
    if (found != GARBAGE)
        bench_stop("a young collection found other garbage than the young set's");
    release_young_set(kept);
    if (!gc_list_is_empty(GEN_HEAD(0)) || !gc_list_is_empty(GEN_HEAD(1)))
        bench_stop("the young set outlived its run");
    return seconds;
}

/* Grow `old` to `size` empty lists and put them all in the oldest
 * generation. */
static void grow_old_objects(Object *old, long size)
{
    while ((long)list_size(old) < size) {
        Object *item = list_new();
        list_append(old, item);
        decref(item);
    }
    gc_collect();
}

typedef double Times[OLD_SIZE_COUNT][REPETITIONS];

/* One round: for each size, in microseconds, the times of RUNS_PER_ROUND
 * young collections, ours and then CPython's (heaps.py warms up as we do),
 * stored from times[size][first]. */
static void run_round(Object *cls, Times ours, Times cpython, size_t first)
{
    Object *old = list_new();
    for (size_t i = 0; i < OLD_SIZE_COUNT; i++) {
        grow_old_objects(old, OLD_SIZES[i]);
        for (size_t r = 0; r < WARMUP_RUNS; r++)
            time_young_collection(cls);
        for (size_t r = first; r < first + RUNS_PER_ROUND; r++)
            ours[i][r] = time_young_collection(cls) * MICROSECONDS_PER_SECOND;
        run_python("young", OLD_SIZES[i], RUNS_PER_ROUND, &cpython[i][first]);
        for (size_t r = first; r < first + RUNS_PER_ROUND; r++)
            cpython[i][r] /= NANOSECONDS_PER_MICROSECOND;
    }
    decref(old);
    gc_collect();
}

static void print_young_collections(const Summary ours[OLD_SIZE_COUNT],
                                    const Summary cpython[OLD_SIZE_COUNT])
{
    printf("## A young collection\n\n"
           "A collection of generation 0 holding %d instances (%d held by the program,\n"
           "%d in garbage cycles of two), with old lists alive in generation %d;\n"
           "microseconds per collection, median and quartiles of %d runs. CPython's:\n"
           "the same heap in python3, gc.collect(0).\n\n",
           YOUNG_OBJECTS, SURVIVORS, GARBAGE, GC_OLDEST, REPETITIONS);
    printf("| old objects alive | median (µs) | quartiles (µs) | CPython (µs) | quartiles (µs) "
           "| ours / CPython |\n"
           "|------------------:|------------:|---------------:|-------------:|---------------:"
           "|---------------:|\n");
    for (size_t i = 0; i < OLD_SIZE_COUNT; i++)
        printf("| %17ld | %11.1f | %5.1f to %5.1f | %12.1f | %5.1f to %5.1f | %14.2f |\n",
               OLD_SIZES[i], ours[i].median, ours[i].lower_quartile, ours[i].upper_quartile,
               cpython[i].median, cpython[i].lower_quartile, cpython[i].upper_quartile,
               ours[i].median / cpython[i].median);
    size_t last = OLD_SIZE_COUNT - 1;
    double growth = ours[last].median / ours[0].median;
    printf("\nRatio of the time with %ld old objects to the time with %ld: %.2f (CPython: %.2f;\n"
           "the book's target, at most %.1f: %s)\n\n",
           OLD_SIZES[last], OLD_SIZES[0], growth, cpython[last].median / cpython[0].median,
           TARGET_GROWTH, growth <= TARGET_GROWTH ? "met" : "missed");
}

static void write_plot_data(FILE *data, const Summary summary[OLD_SIZE_COUNT])
{
    fprintf(data, "# old objects\tmedian µs\tlower quartile\tupper quartile\n");
    for (size_t i = 0; i < OLD_SIZE_COUNT; i++)
        fprintf(data, "%ld\t%.2f\t%.2f\t%.2f\n", OLD_SIZES[i], summary[i].median,
                summary[i].lower_quartile, summary[i].upper_quartile);
}

/* Part 1.  Automatic collection is off, so only the timed collections
 * run. */
static void measure_young_collections(FILE *data)
{
    static Times ours, cpython;
    gc_disable();
    Object *cls = class_new("Node", NULL);
    for (size_t round = 0; round < ROUNDS; round++)
        run_round(cls, ours, cpython, round * RUNS_PER_ROUND);
    decref(cls);
    gc_collect();
    gc_enable();
    Summary summary[OLD_SIZE_COUNT], cpython_summary[OLD_SIZE_COUNT];
    for (size_t i = 0; i < OLD_SIZE_COUNT; i++) {
        summary[i] = summarize(ours[i], REPETITIONS);
        cpython_summary[i] = summarize(cpython[i], REPETITIONS);
    }
    print_young_collections(summary, cpython_summary);
    write_plot_data(data, summary);
}

/* Without the heuristic.  CPython has no switch for it, so emulate one:
 * after every collection, forget how many objects the last full collection
 * kept.  With long_lived_total at 0, full_collection_is_due() always holds,
 * and a full collection runs whenever generation 2's count exceeds its
 * threshold: at the first collection due after 11 collections of
 * generation 1, about every 93,000 allocations (133 collections of 701),
 * however large the heap has grown.  So the work is quadratic: N/93,000
 * full collections, each of up to N objects.  The callback runs while
 * `collecting` is set, and the collector reads the field only when it
 * chooses a generation, after the callback returns. */
static void forget_long_lived(const char *phase, const GCInfo *info, void *arg)
{
    (void)info;
    (void)arg;
    if (strcmp(phase, "stop") == 0)
        gc_state.long_lived_total = 0;
}

typedef struct Build {
    double seconds;
    long full_collections;
} Build;

/* Append `size` new lists to a list, with automatic collection on and the
 * default thresholds, as `[[] for _ in range(size)]` would. */
static Build time_build(long size, bool heuristic)
{
    gc_set_callback(heuristic ? NULL : forget_long_lived, NULL);
    long full_before = gc_get_stats(GC_OLDEST).collections;
    double start = now();
    Object *list = list_new();
    for (long i = 0; i < size; i++) {
        Object *item = list_new();
        list_append(list, item);
        decref(item);
    }
    Build build = {now() - start, gc_get_stats(GC_OLDEST).collections - full_before};
    gc_set_callback(NULL, NULL);
    decref(list);
    /* Start the next build from an empty oldest generation: this full
     * collection sets long_lived_total back to (about) zero. */
    gc_collect();
    return build;
}

static void measure_builds(void)
{
    printf("## A growing heap\n\n"
           "Appending N new lists to a list, with automatic collection on\n"
           "(thresholds %ld, %ld, %ld): milliseconds, and full collections run.\n\n",
           gc_get_threshold(0), gc_get_threshold(1), gc_get_threshold(2));
    printf("|        N | with the heuristic (ms) | full | without it (ms) | full | slower |\n"
           "|---------:|------------------------:|-----:|----------------:|-----:|-------:|\n");
    /* The first build in a fresh process is slowed by the allocator
     * getting its memory from the system: make it one that is not shown. */
    time_build(BUILD_SIZES[0], true);
    for (size_t i = 0; i < BUILD_SIZE_COUNT; i++) {
        Build with = time_build(BUILD_SIZES[i], true);
        Build without = time_build(BUILD_SIZES[i], false);
        printf("| %8ld | %23.0f | %4ld | %15.0f | %4ld | %5.1fx |\n", BUILD_SIZES[i],
               with.seconds * MILLISECONDS_PER_SECOND, with.full_collections,
               without.seconds * MILLISECONDS_PER_SECOND, without.full_collections,
               without.seconds / with.seconds);
        fflush(stdout);
    }
}

int main(int argc, char **argv)
{
    if (argc != 2)
        bench_stop("usage: young_collection DIR (where to write young_collection.tsv)");
    char path[FILENAME_MAX];
    snprintf(path, sizeof path, "%s/young_collection.tsv", argv[1]);
    FILE *data = fopen(path, "w");
    if (data == NULL) {
        fprintf(stderr, "young_collection: %s: %s\n", path, strerror(errno));
        return EXIT_FAILURE;
    }
    measure_young_collections(data);
    if (fclose(data) != 0)
        bench_stop("could not write the plot's data");
    measure_builds();
    return account_total().live_objects == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
