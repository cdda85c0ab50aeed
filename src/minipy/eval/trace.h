/* trace.h: watching the collector from the runner.  Chapter 2 (the runner).
 *
 * --trace-gc prints, around each phase of each collection, what the phase
 * did; --dot DIR draws the heap as each collection splits it; --stats counts
 * collections for the report at exit.  All three use the collector's trace
 * hook, which may look but not allocate containers. */
#ifndef MINIPY_TRACE_H
#define MINIPY_TRACE_H

#include <stdbool.h>
#include <stdio.h>

typedef struct TraceOptions {
    bool print;            /* --trace-gc */
    const char *dot_dir;   /* --dot DIR, or NULL */
} TraceOptions;

void trace_install(const TraceOptions *options);
/* The allocation account and the collections run: --stats. */
void trace_report_stats(FILE *out);

#endif
