/* bench.h: what the benchmarks of tests/bench/ share.  Chapter 3.
 * The clock, the summary of a set of timings (median and quartiles), and
 * the other half of each comparison: tests/bench/heaps.py, which builds
 * the same heaps in python3 and times CPython's collector on them.  A
 * benchmark runs it between its own measurements, so that both figures of
 * a ratio come from the same machine at the same time.
 *
 * Header only: each benchmark is one program built from its .c file. */
#ifndef GC_BENCH_H
#define GC_BENCH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The Python side, run from the top of the tree (`make bench` is). */
#define HEAPS_SCRIPT "tests/bench/heaps.py"
/* The interpreter compared with: $PYTHON if set, else python3. */
#define DEFAULT_PYTHON "python3"
#define COMMAND_MAX 512
#define NANOSECONDS_PER_SECOND 1e9
#define QUARTER 4

static inline double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * NANOSECONDS_PER_SECOND + (double)t.tv_nsec;
}

static inline _Noreturn void bench_stop(const char *what)
{
    fflush(stdout);
    fprintf(stderr, "bench: %s\n", what);
    exit(EXIT_FAILURE);
}

static inline int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct Summary {
    double median, lower_quartile, upper_quartile;
} Summary;

/* Sorts `times`. */
static inline Summary summarize(double *times, size_t count)
{
    qsort(times, count, sizeof times[0], compare_doubles);
    return (Summary){times[count / 2], times[count / QUARTER],
                     times[count - 1 - count / QUARTER]};
}

static inline const char *python_interpreter(void)
{
    const char *python = getenv("PYTHON");
    return python && *python ? python : DEFAULT_PYTHON;
}

/* Run `heaps.py WORKLOAD SIZE RUNS` and read what it prints: `count`
 * numbers, one a line (timings in nanoseconds, or the memory workload's
 * figures), into `values`. */
static inline void run_python(const char *workload, long size, size_t count, double *values)
{
    char command[COMMAND_MAX];
    snprintf(command, sizeof command, "%s %s %s %ld %zu", python_interpreter(),
             HEAPS_SCRIPT, workload, size, count);
    fflush(stdout);
    FILE *output = popen(command, "r");
    if (output == NULL)
        bench_stop("could not start python3");
    size_t read = 0;
    while (read < count && fscanf(output, "%lf", &values[read]) == 1)
        read++;
    if (pclose(output) != 0 || read != count) {
        fprintf(stderr, "bench: %s printed %zu of %zu figures\n", command, read, count);
        bench_stop("the Python side failed");
    }
}

/* The interpreter's version, as `python3 --version` has it minus the
 * name: "3.11.7". */
static inline void python_version(char *version, size_t size)
{
    char command[COMMAND_MAX];
    snprintf(command, sizeof command, "%s %s version 0 0", python_interpreter(), HEAPS_SCRIPT);
    FILE *output = popen(command, "r");
    if (output == NULL || fgets(version, (int)size, output) == NULL)
        bench_stop("could not ask python3 its version");
    version[strcspn(version, "\n")] = '\0';
    pclose(output);
}

#endif
