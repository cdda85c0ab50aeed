/* error.c: the current exception and its traceback.  Chapter 2 (the runner). */
#include "error.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"

/* CPython prints every frame; a deep recursion's traceback is cut to its
 * first and last frames here. */
#define TRACEBACK_KEEP 40

typedef struct TraceEntry {
    const char *function;
    int line;
} TraceEntry;

typedef struct ErrorState {
    const char *type;   /* NULL when no exception is set */
    char *message;      /* malloc'd */
    TraceEntry *frames; /* innermost first */
    size_t count, capacity;
} ErrorState;

static ErrorState error;

Object *raise(const char *type, const char *format, ...)
{
    error.type = type;
    va_list ap, again;
    va_start(ap, format);
    va_copy(again, ap);
    int length = vsnprintf(NULL, 0, format, ap);
    va_end(ap);
    free(error.message);
    error.message = malloc((size_t)length + 1);
    if (error.message == NULL)
        fatal_out_of_memory("raising an exception");
    vsnprintf(error.message, (size_t)length + 1, format, again);
    va_end(again);
    error.count = 0;
    return NULL;
}

bool error_occurred(void)
{
    return error.type != NULL;
}

const char *error_type(void)
{
    return error.type;
}

void error_clear(void)
{
    error.type = NULL;
    error.count = 0;
    free(error.message);
    error.message = NULL;
}

//> 3 error_fetch
struct SavedError {
    ErrorState state;
};

SavedError *error_fetch(void)
{
    SavedError *saved = malloc(sizeof *saved);
    if (saved == NULL)
        fatal_out_of_memory("setting an exception aside");
    saved->state = error;
    error = (ErrorState){0};
    return saved;
}

void error_restore(SavedError *saved)
{
    free(error.message);
    free(error.frames);
    error = saved->state;
    free(saved);
}
//< 3 error_fetch

void error_add_frame(const char *function, int line)
{
    if (error.count == error.capacity) {
        error.capacity = error.capacity ? 2 * error.capacity : 16;
        error.frames = realloc(error.frames, error.capacity * sizeof *error.frames);
        if (error.frames == NULL)
            fatal_out_of_memory("recording a traceback");
    }
    error.frames[error.count++] = (TraceEntry){function, line};
}

static void print_source_line(FILE *out, const char *source, int line)
{
    const char *p = source;
    for (int n = 1; n < line && p != NULL; n++) {
        p = strchr(p, '\n');
        if (p != NULL)
            p++;
    }
    if (p == NULL)
        return;
    while (*p == ' ' || *p == '\t')
        p++;
    const char *end = strchr(p, '\n');
    int length = end ? (int)(end - p) : (int)strlen(p);
    if (length > 0)
        fprintf(out, "    %.*s\n", length, p);
}

void error_print(FILE *out, const char *filename, const char *source)
{
    if (error.count > 0)
        fprintf(out, "Traceback (most recent call last):\n");
    for (size_t k = error.count; k-- > 0;) {
        size_t from_outside = error.count - 1 - k;
        if (from_outside == TRACEBACK_KEEP / 2 && error.count > TRACEBACK_KEEP) {
            fprintf(out, "  [Previous lines repeated: %zu frames left out]\n",
                    error.count - TRACEBACK_KEEP);
            k = TRACEBACK_KEEP / 2;
        }
        fprintf(out, "  File \"%s\", line %d, in %s\n", filename, error.frames[k].line,
                error.frames[k].function);
        print_source_line(out, source, error.frames[k].line);
    }
    if (error.message != NULL && error.message[0] != '\0')
        fprintf(out, "%s: %s\n", error.type, error.message);
    else
        fprintf(out, "%s\n", error.type);
    error_clear();
}
