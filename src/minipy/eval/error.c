/* error.c: the current exception and its traceback.  Chapter 2 (the runner). */
#include "error.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "exceptions.h"
#include "ops.h"
#include "str.h"

/* CPython prints every frame; a deep recursion's traceback is cut to its
 * first and last frames here. */
#define TRACEBACK_KEEP 40

typedef struct TraceEntry {
    const char *function;
    int line;
} TraceEntry;

/* An exception is set when `type` or `value` is.  Raised by the runtime,
 * it is a class's name and a message (or one argument) until a handler
 * needs it as an object, as CPython normalizes it lazily; raised by a
 * program, it is the object. */
typedef struct ErrorState {
    const char *type;   /* the name of the class of an exception not yet made */
    char *message;      /* malloc'd */
    Object *arg;        /* or its one argument (KeyError's key), or NULL */
    Object *value;      /* the exception object, once made */
    TraceEntry *frames; /* innermost first */
    size_t count, capacity;
} ErrorState;

static ErrorState error;

/* Drop what the exception was, keeping the traceback's buffer. */
static void forget(void)
{
    error.type = NULL;
    free(error.message);
    error.message = NULL;
    Object *arg = error.arg, *value = error.value;
    error.arg = error.value = NULL;
    error.count = 0;
    xdecref(arg);
    xdecref(value);
}

Object *raise(const char *type, const char *format, ...)
{
    forget();
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
    return NULL;
}

Object *raise_with_arg(const char *type, Object *arg)
{
    forget();
    error.type = type;
    error.arg = newref(arg);
    return NULL;
}

void error_set_object(Object *exc, bool new_traceback)
{
    size_t count = error.count;
    forget();
    error.value = exc;
    error.count = new_traceback ? 0 : count;
}

bool error_occurred(void)
{
    return error.type != NULL || error.value != NULL;
}

const char *error_type(void)
{
    return error.value ? type_name(error.value) : error.type;
}

void error_clear(void)
{
    forget();
}

Object *error_value(void)
{
    if (error.value == NULL && error.type != NULL) {
        Object *arg = error.arg ? newref(error.arg)
                      : error.message[0] != '\0' ? str_new(error.message) : NULL;
        Object *exc = exception_new(error.type, arg);
        xdecref(arg);
        error.type = NULL;
        free(error.message);
        error.message = NULL;
        xdecref(error.arg);
        error.arg = NULL;
        error.value = exc;
    }
    return error.value;
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
    forget();
    free(error.frames);
    error = saved->state;
    free(saved);
}

void error_discard(SavedError *saved)
{
    ErrorState current = error;
    error = saved->state;
    forget();
    free(error.frames);
    error = current;
    free(saved);
}

SavedError *error_copy(const SavedError *saved)
{
    SavedError *copy = malloc(sizeof *copy);
    const ErrorState *from = &saved->state;
    TraceEntry *frames = malloc((from->count + 1) * sizeof *frames);
    size_t length = from->message ? strlen(from->message) + 1 : 0;
    char *message = from->message ? malloc(length) : NULL;
    if (copy == NULL || frames == NULL || (from->message && message == NULL))
        fatal_out_of_memory("keeping an exception");
    if (message != NULL)
        memcpy(message, from->message, length);
    memcpy(frames, from->frames, from->count * sizeof *frames);
    copy->state = (ErrorState){from->type, message, from->arg, from->value, frames,
                               from->count, from->count + 1};
    if (from->arg)
        incref(from->arg);
    if (from->value)
        incref(from->value);
    return copy;
}

Object *saved_error_value(SavedError *saved)
{
    return saved->state.value;
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
    /* str(exception) may run a program's __str__, which may raise too */
    SavedError *printing = error_fetch();
    const ErrorState *e = &printing->state;
    Object *text = e->value ? exception_text(e->value) : e->arg ? repr_of(e->arg) : NULL;
    if (text == NULL)
        error_clear();
    error_restore(printing);
    const char *message = text ? str_chars(text) : error.message;
    if (message != NULL && message[0] != '\0')
        fprintf(out, "%s: %s\n", error_type(), message);
    else
        fprintf(out, "%s\n", error_type());
    xdecref(text);
    error_clear();
}
