/* error.c: the current exception and its traceback.  Chapter 2 (the runner). */
#include "error.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "exceptions.h"
#include "frameobject.h"
#include "instance.h"
#include "ops.h"
#include "str.h"

/* An exception is set when `type` or `value` is.  Raised by the runtime,
 * it is a class's name and a message (or one argument) until a handler
 * needs it as an object, as CPython normalizes it lazily; raised by a
 * program, it is the object. */
typedef struct ErrorState {
    const char *type;   /* the name of the class of an exception not yet made */
    char *message;      /* malloc'd */
    Object *arg;        /* or its one argument (KeyError's key), or NULL */
    Object *value;      /* the exception object, once made */
    Object *traceback;  /* the entries added so far, outermost first, or NULL */
    const Frame *here;  /* the frame of the first entry: one entry per frame passed */
} ErrorState;

static ErrorState error;

static void forget(void)
{
    free(error.message);
    Object *arg = error.arg, *value = error.value, *traceback = error.traceback;
    error = (ErrorState){0};
    xdecref(arg);
    xdecref(value);
    xdecref(traceback);
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

/* A raised exception object goes on from the traceback it has, as
 * CPython's `raise e` adds to e.__traceback__. */
void error_set_object(Object *exc)
{
    forget();
    error.value = exc;
    Object *tb = instance_getattr(exc, "__traceback__");
    error.traceback = tb != NULL && tb->type == &TracebackType ? newref(tb) : NULL;
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
        error.value = exception_new(error.type, arg);
        xdecref(arg);
        error.type = NULL;
        free(error.message);
        error.message = NULL;
        xdecref(error.arg);
        error.arg = NULL;
    }
    if (error.value != NULL && error.traceback != NULL)
        instance_setattr(error.value, "__traceback__", error.traceback);
    return error.value;
}

void error_traceback_here(Frame *f)
{
    if (error.here == f)
        return;
    Object *tb = traceback_new(error.traceback, f);
    xdecref(error.traceback);
    error.traceback = tb;
    error.here = f;
}

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
    error = saved->state;
    free(saved);
}

void error_discard(SavedError *saved)
{
    ErrorState current = error;
    error = saved->state;
    forget();
    error = current;
    free(saved);
}

SavedError *error_copy(const SavedError *saved)
{
    SavedError *copy = malloc(sizeof *copy);
    const ErrorState *from = &saved->state;
    size_t length = from->message ? strlen(from->message) + 1 : 0;
    char *message = from->message ? malloc(length) : NULL;
    if (copy == NULL || (from->message && message == NULL))
        fatal_out_of_memory("keeping an exception");
    if (message != NULL)
        memcpy(message, from->message, length);
    copy->state = *from;
    copy->state.message = message;
    Object *refs[] = {from->arg, from->value, from->traceback};
    for (size_t i = 0; i < sizeof refs / sizeof *refs; i++)
        if (refs[i] != NULL)
            incref(refs[i]);
    return copy;
}

Object *saved_error_value(SavedError *saved)
{
    return saved->state.value;
}

//> 5 saved_error_traverse
int saved_error_traverse(SavedError *saved, visitproc visit, void *arg)
{
    Object *held[] = {saved->state.arg, saved->state.value, saved->state.traceback};
    for (size_t i = 0; i < sizeof held / sizeof *held; i++) {
        int stop = held[i] ? visit(held[i], arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}
//< 5 saved_error_traverse

void error_print(FILE *out, const char *filename, const char *source)
{
    traceback_print(out, error.traceback, filename, source);
    /* str(exception) may run a program's __str__, which may raise too */
    SavedError *printing = error_fetch();
    const ErrorState *e = &printing->state;
    Object *text = e->value ? exception_text(e->value) : e->arg ? repr_of(e->arg) : NULL;
    if (text == NULL)
        error_clear();
    error_restore(printing);
    const char *message = text ? str_chars(text)
                          : error.value ? "<exception str() failed>" : error.message;
    if (message != NULL && message[0] != '\0')
        fprintf(out, "%s: %s\n", error_type(), message);
    else
        fprintf(out, "%s\n", error_type());
    xdecref(text);
    error_clear();
}
