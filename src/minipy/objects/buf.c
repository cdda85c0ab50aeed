/* buf.c: a growing text.  Chapter 2 (the runner).
 * CPython: _PyUnicodeWriter (Objects/unicodeobject.c). */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "str.h"

/* Room for n more bytes and a NUL. */
static void reserve(Buf *b, size_t n)
{
    if (b->length + n + 1 > b->capacity) {
        b->capacity = 2 * (b->length + n + 1);
        b->chars = realloc(b->chars, b->capacity);
        if (b->chars == NULL)
            fatal_out_of_memory("building a str");
    }
}

void buf_add(Buf *b, const char *chars, size_t n)
{
    reserve(b, n);
    memcpy(b->chars + b->length, chars, n);
    b->length += n;
    b->chars[b->length] = '\0';
}

void buf_printf(Buf *b, const char *format, ...)
{
    va_list ap, again;
    va_start(ap, format);
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, format, ap);
    va_end(ap);
    char *piece = malloc((size_t)n + 1);
    if (piece == NULL)
        fatal_out_of_memory("building a str");
    vsnprintf(piece, (size_t)n + 1, format, again);
    va_end(again);
    buf_add(b, piece, (size_t)n);
    free(piece);
}

void buf_repeat(Buf *b, const char *chars, size_t n, size_t times)
{
    if (times == 0 || n == 0)
        return;
    reserve(b, n * times);
    char *start = b->chars + b->length;
    memcpy(start, chars, n);
    /* double what is there until the copies are all made */
    for (size_t done = 1; done < times;) {
        size_t more = done <= times - done ? done : times - done;
        memcpy(start + done * n, start, more * n);
        done += more;
    }
    b->length += n * times;
    b->chars[b->length] = '\0';
}

Object *buf_finish(Buf *b)
{
    Object *result = str_from_bytes(b->chars ? b->chars : "", b->length);
    free(b->chars);
    return result;
}

Object *buf_drop(Buf *b)
{
    free(b->chars);
    b->chars = NULL;
    return NULL;
}
