/* str.c: strings.  Chapter 1. */
#include "str.h"

#include <string.h>

#include "debug.h"

Type StrType = {
    .name = "str",
    .basic_size = sizeof(Str) + 1, /* the terminating NUL */
    .item_size = 1,
};

/* FNV-1a: simple, and good enough for dictionary keys. */
#define FNV_OFFSET_BASIS 14695981039346656037u
#define FNV_PRIME 1099511628211u

static uint64_t hash_bytes(const char *bytes, size_t length)
{
    uint64_t hash = FNV_OFFSET_BASIS;
    for (size_t i = 0; i < length; i++) {
        hash ^= (unsigned char)bytes[i];
        hash *= FNV_PRIME;
    }
    return hash;
}

Object *str_from_bytes(const char *bytes, size_t length)
{
    if (bytes == NULL && length > 0)
        fatal_argument(__func__, "bytes is NULL");
    Object *op = object_new(&StrType, length);
    Str *s = (Str *)op;
    memcpy(s->chars, bytes, length);
    s->chars[length] = '\0';
    s->hash = hash_bytes(bytes, length);
    return op;
}

Object *str_new(const char *chars)
{
    CHECK_NOT_NULL(chars);
    return str_from_bytes(chars, strlen(chars));
}

static const Str *as_str(const Object *op, const char *function)
{
    if (op == NULL || op->type != &StrType)
        fatal_wrong_type(op, function, "a str");
    return (const Str *)op;
}

const char *str_chars(const Object *op)
{
    return as_str(op, __func__)->chars;
}

size_t str_length(const Object *op)
{
    return as_str(op, __func__)->ob.size;
}

uint64_t str_hash(const Object *op)
{
    return as_str(op, __func__)->hash;
}
