/* str.h: strings, an atomic type (holds no references).  Chapter 1.
 * CPython: Objects/unicodeobject.c (ours are bytes, not code points). */
#ifndef GC_STR_H
#define GC_STR_H

#include <stdint.h>

#include "object.h"

typedef struct Str {
    VarObject ob;   /* ob.size is the length in bytes */
    uint64_t hash;
    char chars[];   /* ob.size bytes and a terminating NUL */
} Str;

extern Type StrType;

Object *str_new(const char *chars);
Object *str_from_bytes(const char *bytes, size_t length);

/* Borrowed: valid while the string is alive. */
const char *str_chars(const Object *op);
size_t str_length(const Object *op);
uint64_t str_hash(const Object *op);

#endif
