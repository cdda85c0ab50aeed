/* debug.c: clear errors for misuse.  Chapter 1.
 *
 * The two mistakes a learner makes most with reference counts are one decref
 * too many (the count goes below zero, or an object is freed while still
 * used) and a use of an object after its last decref.  Both corrupt memory
 * silently in plain C.  Here the first is always caught, and the second is
 * caught in debug builds (the default; NDEBUG turns it off) by keeping freed
 * objects for a while with a count no live object can have. */
#include "debug.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

//> 6 include_obmalloc
#include "obmalloc.h"
//< 6 include_obmalloc
//> 7 include_tracemalloc
#include "tracemalloc.h"
//< 7 include_tracemalloc

_Noreturn void fatal_misuse(const Object *op, const char *what)
{
    fflush(stdout);
    if (op == NULL)
        fprintf(stderr, "fatal: %s: NULL\n", what);
    else
        fprintf(stderr, "fatal: %s: %s object at %p\n", what, type_name(op),
                (const void *)op);
    exit(EXIT_MISUSE);
}

/* Room for a message made of a function's name and a few words. */
#define MESSAGE_MAX 128

_Noreturn void fatal_wrong_type(const Object *op, const char *function,
                                const char *expected)
{
    static char message[MESSAGE_MAX];
    snprintf(message, sizeof message, "%s: expected %s", function, expected);
    fatal_misuse(op, message);
}

_Noreturn void fatal_argument(const char *function, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fflush(stdout);
    fprintf(stderr, "fatal: %s: ", function);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    exit(EXIT_MISUSE);
}

_Noreturn void fatal_out_of_memory(const char *doing)
{
    fflush(stdout);
    fprintf(stderr, "fatal: out of memory %s\n", doing);
    exit(EXIT_MISUSE);
}

/* Where a dead object's memory goes. */
static void release_memory(void *memory)
{
/*< 6 release_to_malloc
    free(memory);
*/
//> 6 release_to_obmalloc
    object_free(memory);
//< 6 release_to_obmalloc
}

#ifdef NDEBUG

void check_alive(const Object *op, const char *operation)
{
    (void)op;
    (void)operation;
}

void free_object_memory(Object *op)
{
    release_memory(object_memory(op));
}

void debug_release_quarantine(void)
{
}

#else

/* A count that no live object has: a freed object's count. */
#define REFCNT_FREED ((intptr_t)-0x0DEAD)
/* How many freed objects are kept before their memory is really freed. */
#define QUARANTINE_SIZE 1024

static void *quarantine[QUARANTINE_SIZE];
static size_t quarantine_next;

void check_alive(const Object *op, const char *operation)
{
    static char message[MESSAGE_MAX];
    if (op->refcnt == REFCNT_FREED) {
        snprintf(message, sizeof message, "%s after free", operation);
        fatal_misuse(op, message);
    }
}

void free_object_memory(Object *op)
{
    void *memory = object_memory(op);
    /* The type pointer stays, so that the message can name the type. */
    op->refcnt = REFCNT_FREED;
//> 7 quarantine_untraced
    /* Dead to the tracer (chapter 7) now, as in a release build. */
    if (tracemalloc_tracing)
        tracemalloc_on_free(memory);
//< 7 quarantine_untraced
    release_memory(quarantine[quarantine_next]);
    quarantine[quarantine_next] = memory;
    quarantine_next = (quarantine_next + 1) % QUARANTINE_SIZE;
}

void debug_release_quarantine(void)
{
    for (size_t i = 0; i < QUARANTINE_SIZE; i++) {
        release_memory(quarantine[i]);
        quarantine[i] = NULL;
    }
}

#endif
