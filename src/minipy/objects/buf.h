/* buf.h: a growing text, for building reprs and formatted strs.  Chapter 2
 * (the runner).  CPython: _PyUnicodeWriter (Objects/unicodeobject.c). */
#ifndef MINIPY_BUF_H
#define MINIPY_BUF_H

#include <stddef.h>

#include "object.h"

/* Zero-initialized, it is empty: Buf b = {0}. */
typedef struct Buf {
    char *chars;
    size_t length, capacity;
} Buf;

void buf_add(Buf *b, const char *chars, size_t n);
void buf_printf(Buf *b, const char *format, ...) __attribute__((format(printf, 2, 3)));
/* Add `times` copies of chars[0..n). */
void buf_repeat(Buf *b, const char *chars, size_t n, size_t times);
/* The text as a new str; the buffer is freed. */
Object *buf_finish(Buf *b);
/* Free the buffer of a text given up on (an error); returns NULL. */
Object *buf_drop(Buf *b);

#endif
