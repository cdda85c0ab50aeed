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

/* Decode the character of `bytes` bytes at p (valid: our strs are). */
static inline unsigned long utf8_code_point(const unsigned char *p, size_t bytes)
{
    if (bytes == 1)
        return p[0];
    unsigned long c = p[0] & (0x7F >> bytes);
    for (size_t i = 1; i < bytes; i++)
        c = (c << 6) | (p[i] & 0x3F);
    return c;
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
