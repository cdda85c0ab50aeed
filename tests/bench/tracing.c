/* tracing.c: what tracemalloc costs, on python3 and on minipy.  Chapter 7
 * (shown by the appendix "What it costs").  A benchmark, not a test.
 *
 * Runs tests/bench/tracing_workload.py under both interpreters, untraced
 * and traced (the workload's TRACE flag, prepended here), RUNS times each,
 * then once more to count the traces, and prints side by side: the median
 * CPU time of each (user and system: the machine may be shared, and wall
 * time would count the others' work), the time each traced allocation adds ((traced -
 * untraced) / traces), the tracer's own memory per trace
 * (get_tracemalloc_memory() / traces), and the peak resident memory.
 *
 * Usage: tracing DIR (DIR holds the two versions of the workload).  The
 * runner is build/release/bin/minipy, python3 is $PYTHON or python3. */
#define _DEFAULT_SOURCE /* wait4, for the child's peak memory */
#include <stdbool.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

#define WORKLOAD "tests/bench/tracing_workload.py"
#define MINIPY "build/release/bin/minipy"
#define RUNS 5
#define OUTPUT_MAX 256
#define WORKLOAD_MAX (64 * 1024)
#define KIB_PER_MIB 1024.0
#define MICROSECONDS_PER_SECOND 1e6

typedef struct Run {
    double seconds;         /* CPU time, user and system */
    long peak_kib;          /* the child's ru_maxrss */
    char output[OUTPUT_MAX]; /* the start of what it printed */
} Run;

static double seconds_of(struct timeval t)
{
    return (double)t.tv_sec + (double)t.tv_usec / MICROSECONDS_PER_SECOND;
}

/* Run `interpreter program`, timing it and keeping what it prints. */
static Run run_once(const char *interpreter, const char *program)
{
    int out[2];
    if (pipe(out) != 0)
        bench_stop("pipe failed");
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        execlp(interpreter, interpreter, program, (char *)NULL);
        _exit(127);
    }
    close(out[1]);
    /* Everything it prints, up to OUTPUT_MAX - 1 bytes: a line may come in
     * several writes (python3 under PYTHONUNBUFFERED writes each piece). */
    Run run = {0};
    size_t got = 0;
    char drain[OUTPUT_MAX];
    for (;;) {
        bool full = got == OUTPUT_MAX - 1;
        ssize_t n = full ? read(out[0], drain, sizeof drain)
                         : read(out[0], run.output + got, OUTPUT_MAX - 1 - got);
        if (n <= 0)
            break;
        got += full ? 0 : (size_t)n;
    }
    close(out[0]);
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        bench_stop("the workload failed");
    run.seconds = seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime);
    run.peak_kib = usage.ru_maxrss;
    run.output[got] = '\0';
    return run;
}

/* The median of RUNS runs (by time), with the output and peak of the last. */
static Run run_median(const char *interpreter, const char *program)
{
    double times[RUNS];
    Run last = {0};
    for (size_t i = 0; i < RUNS; i++) {
        last = run_once(interpreter, program);
        times[i] = last.seconds;
    }
    last.seconds = summarize(times, RUNS).median;
    return last;
}

/* DIR/tracing_MODE.py: the workload with TRACE set to mode first. */
static void write_version(char *path, size_t size, const char *dir, const char *workload,
                          const char *mode)
{
    snprintf(path, size, "%s/tracing_%s.py", dir, mode);
    FILE *f = fopen(path, "w");
    if (f == NULL)
        bench_stop("cannot write the workload's versions");
    fprintf(f, "TRACE = \"%s\"\n%s", mode, workload);
    fclose(f);
}

static void read_workload(char *text, size_t max)
{
    FILE *f = fopen(WORKLOAD, "r");
    if (f == NULL)
        bench_stop("run from the top of the tree: " WORKLOAD " not found");
    size_t n = fread(text, 1, max - 1, f);
    fclose(f);
    text[n] = '\0';
}

static void measure(const char *name, const char *interpreter, const char *off, const char *on,
                    const char *count)
{
    Run untraced = run_median(interpreter, off), traced = run_median(interpreter, on);
    Run counted = run_once(interpreter, count);
    long traces, tracer_bytes, traced_bytes;
    if (sscanf(counted.output, "%ld %ld %ld", &traces, &tracer_bytes, &traced_bytes) != 3 ||
        traces <= 0)
        bench_stop("the traced workload printed no counts");
    double ns_per_trace =
        (traced.seconds - untraced.seconds) * NANOSECONDS_PER_SECOND / (double)traces;
    printf("| %s | %ld | %.3f | %.3f | %.0f | %.1f | %.1f | %.1f |\n", name, traces,
           untraced.seconds, traced.seconds, ns_per_trace, (double)tracer_bytes / (double)traces,
           (double)untraced.peak_kib / KIB_PER_MIB, (double)traced.peak_kib / KIB_PER_MIB);
}

int main(int argc, char **argv)
{
    if (argc != 2)
        bench_stop("usage: tracing DIR");
    if (access(MINIPY, X_OK) != 0)
        bench_stop(MINIPY " is not built (make VARIANT=release " MINIPY ")");
    static char workload[WORKLOAD_MAX];
    read_workload(workload, sizeof workload);
    char off[COMMAND_MAX], on[COMMAND_MAX], count[COMMAND_MAX];
    write_version(off, sizeof off, argv[1], workload, "off");
    write_version(on, sizeof on, argv[1], workload, "on");
    write_version(count, sizeof count, argv[1], workload, "count");
    printf("## What tracing costs (tracemalloc)\n\n");
    printf("Median of %d runs of %s; CPU seconds of the process's whole run.\n\n", RUNS,
           WORKLOAD);
    printf("| interpreter | traces | untraced s | traced s | ns per trace | "
           "tracer bytes per trace | peak MiB untraced | peak MiB traced |\n");
    printf("|---|---|---|---|---|---|---|---|\n");
    measure("python3", python_interpreter(), off, on, count);
    measure("minipy", MINIPY, off, on, count);
    return 0;
}
