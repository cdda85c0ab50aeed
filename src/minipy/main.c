/* main.c: the minipy command.  Chapter 2 (the runner).
 *
 *   minipy [--trace-gc] [--dot DIR] [--stats] FILE.py
 *
 * Runs a program of the Python subset on our runtime.  Exit status: 0, or 1
 * for a syntax error or an uncaught exception (as python3), 2 for a usage
 * error or a file that cannot be read. */
#define _POSIX_C_SOURCE 200809L /* pthread_attr_setstacksize */

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "interp.h"
#include "trace.h"

/* The evaluator recurses on the C stack; its thread gets room for
 * MAX_EVAL_DEPTH nested evaluations even in a sanitizer build. */
#define RUNNER_STACK_BYTES ((size_t)512 << 20)

#define EXIT_USAGE 2

typedef struct Run {
    const char *filename;
    char *source;
    size_t length;
    bool stats;
    int status;
} Run;

static void *run_program(void *arg)
{
    Run *run = arg;
    run->status = interp_load(run->filename, run->source, run->length);
    if (run->status == 0)
        run->status = interp_run();
    fflush(stdout);
    if (run->stats)
        trace_report_stats(stderr);
    int leaked = interp_fini();
    if (leaked)
        run->status = leaked;
    return NULL;
}

static char *read_file(const char *filename, size_t *length)
{
    FILE *f = fopen(filename, "rb");
    if (f == NULL)
        return NULL;
    size_t capacity = 4096, n = 0;
    char *text = malloc(capacity);
    size_t got;
    while (text != NULL && (got = fread(text + n, 1, capacity - n - 1, f)) > 0) {
        n += got;
        if (n + 1 == capacity)
            text = realloc(text, capacity *= 2);
    }
    fclose(f);
    if (text == NULL)
        fatal_out_of_memory("reading the program");
    text[n] = '\0';
    *length = n;
    return text;
}

static int usage(const char *problem)
{
    if (problem != NULL)
        fprintf(stderr, "minipy: %s\n", problem);
    fprintf(stderr, "usage: minipy [--trace-gc] [--dot DIR] [--stats] FILE.py\n");
    return EXIT_USAGE;
}

int main(int argc, char **argv)
{
    Run run = {0};
    TraceOptions trace = {0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--trace-gc") == 0)
            trace.print = true;
        else if (strcmp(argv[i], "--stats") == 0)
            run.stats = true;
        else if (strcmp(argv[i], "--dot") == 0 && i + 1 < argc)
            trace.dot_dir = argv[++i];
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return usage(NULL) == EXIT_USAGE ? EXIT_SUCCESS : EXIT_USAGE;
        else if (argv[i][0] == '-' || run.filename != NULL)
            return usage("unknown option or extra argument");
        else
            run.filename = argv[i];
    }
    if (run.filename == NULL)
        return usage("no program given");
    run.source = read_file(run.filename, &run.length);
    if (run.source == NULL) {
        fprintf(stderr, "minipy: can't open file '%s': %s\n", run.filename, strerror(errno));
        return EXIT_USAGE;
    }
    trace_install(&trace);
    pthread_attr_t attr;
    pthread_t thread;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, RUNNER_STACK_BYTES);
    if (pthread_create(&thread, &attr, run_program, &run) != 0) {
        fprintf(stderr, "minipy: cannot start the interpreter's thread\n");
        return EXIT_MISUSE;
    }
    pthread_join(thread, NULL);
    pthread_attr_destroy(&attr);
    free(run.source);
    debug_release_quarantine();
    return run.status;
}
