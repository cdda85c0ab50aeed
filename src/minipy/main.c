/* main.c: the minipy command.  Chapter 2 (the runner).
 *
 *   minipy [--trace-gc] [--dot DIR] [--stats] FILE.py
 *
 * Runs a program of the Python subset on our runtime.  Exit status: 0, or 1
 * for a syntax error or an uncaught exception (as python3), 2 for a usage
 * error or a file that cannot be read. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "interp.h"
#include "trace.h"

#define EXIT_USAGE 2

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
    bool failed = ferror(f) != 0;
    fclose(f);
    if (text == NULL)
        fatal_out_of_memory("reading the program");
    if (failed) { /* a directory, say: errno says why */
        free(text);
        return NULL;
    }
    text[n] = '\0';
    *length = n;
    return text;
}

static int usage(const char *problem)
{
    if (problem != NULL)
        fprintf(stderr, "minipy: %s\n", problem);
/*< 5 usage
    fprintf(stderr, "usage: minipy [--trace-gc] [--dot DIR] [--stats] FILE.py\n");
*/
//> 5 usage
    fprintf(stderr, "usage: minipy [--trace-gc] [--dot DIR] [--stats] [--legacy-finalizers] "
                    "FILE.py\n");
//< 5 usage
    return EXIT_USAGE;
}

int main(int argc, char **argv)
{
    const char *filename = NULL;
    RunOptions run = {.max_steps = -1};
    TraceOptions trace = {0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--trace-gc") == 0)
            trace.print = true;
        else if (strcmp(argv[i], "--stats") == 0)
            run.stats = true;
//> 5 legacy_option
        else if (strcmp(argv[i], "--legacy-finalizers") == 0)
            run.legacy_finalizers = true;
//< 5 legacy_option
        else if (strcmp(argv[i], "--dot") == 0 && i + 1 < argc)
            trace.dot_dir = argv[++i];
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return usage(NULL) == EXIT_USAGE ? EXIT_SUCCESS : EXIT_USAGE;
        else if (argv[i][0] == '-' || filename != NULL)
            return usage("unknown option or extra argument");
        else
            filename = argv[i];
    }
    if (filename == NULL)
        return usage("no program given");
    size_t length;
    char *source = read_file(filename, &length);
    if (source == NULL) {
        fprintf(stderr, "minipy: can't open file '%s': %s\n", filename, strerror(errno));
        return EXIT_USAGE;
    }
    trace_install(&trace);
    int status = interp_execute(filename, source, length, &run);
    free(source);
    debug_release_quarantine();
    return status;
}
