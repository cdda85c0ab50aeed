/* utf8.h: counting the characters of our strs.  Chapter 2 (the runner).
 * CPython keeps code points (PEP 393) and counts nothing; our strs hold
 * UTF-8, and count by skipping continuation bytes (10xxxxxx). */
#ifndef MINIPY_UTF8_H
#define MINIPY_UTF8_H

#include <stdbool.h>
#include <stddef.h>

static inline bool utf8_is_continuation(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

/* The byte length of the character that starts with byte c. */
static inline size_t utf8_char_bytes(char c)
{
    unsigned char u = (unsigned char)c;
    return u < 0x80 ? 1 : u < 0xE0 ? 2 : u < 0xF0 ? 3 : 4;
}

/* The characters in bytes p[0..bytes). */
static inline size_t utf8_count(const char *p, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes; i++)
        n += !utf8_is_continuation(p[i]);
    return n;
}

#endif
