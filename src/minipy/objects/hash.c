/* hash.c: hash(), as CPython 3.11 computes it.  Chapter 2 (the runner).
 * CPython: Python/pyhash.c, Objects/longobject.c, Objects/tupleobject.c.
 *
 * Ints hash to themselves modulo the Mersenne prime 2**61 - 1, so that
 * equal numbers of any kind hash alike; a tuple mixes its items' hashes
 * with xxHash's primes.  A str hashes as CPython 3.11's with
 * PYTHONHASHSEED=0: SipHash-1-3 of the str's code points, stored 1, 2 or 4
 * bytes each as CPython stores them (PEP 393), keyed by a secret of zeros.
 * (Left to itself CPython draws a random secret at each run, and no program
 * can depend on a str's hash; tests/python/run.py fixes the seed.)  The
 * runtime's tables hash strs their own way (str.c): only hash() and sets,
 * whose order shows the hashes, need CPython's. */
#include "hash.h"

#include <stdlib.h>

#include "debug.h"
#include "error.h"
#include "minipy.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "table.h"
#include "utf8.h"

#define HASH_MODULUS (((int64_t)1 << 61) - 1)
/* The largest code points of CPython's 1- and 2-byte strs */
#define UCS1_MAX 0xFF
#define UCS2_MAX 0xFFFF

/* xxHash's primes and rotation, as CPython 3.11's tuplehash uses them */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
/* the constant CPython adds the length to, and the result it gives in
 * place of -1 */
#define TUPLE_LENGTH_SALT 3527539ULL
#define TUPLE_HASH_FOR_MINUS_ONE 1546275796

/* --- strs: SipHash-1-3 ------------------------------------------------ */

/* The secret of PYTHONHASHSEED=0: both halves of the key are zero. */
#define SIPHASH_K0 0
#define SIPHASH_K1 0
/* SipHash's initial state: "somepseudorandomlygeneratedbytes" */
#define SIPHASH_V0 0x736f6d6570736575ULL
#define SIPHASH_V1 0x646f72616e646f6dULL
#define SIPHASH_V2 0x6c7967656e657261ULL
#define SIPHASH_V3 0x7465646279746573ULL
#define SIPHASH_FINAL_XOR 0xff
#define SIPHASH_FINAL_ROUNDS 3

static uint64_t rotate_left(uint64_t x, int bits)
{
    return (x << bits) | (x >> (64 - bits));
}

static void sip_round(uint64_t v[4])
{
    v[0] += v[1];
    v[1] = rotate_left(v[1], 13) ^ v[0];
    v[0] = rotate_left(v[0], 32);
    v[2] += v[3];
    v[3] = rotate_left(v[3], 16) ^ v[2];
    v[0] += v[3];
    v[3] = rotate_left(v[3], 21) ^ v[0];
    v[2] += v[1];
    v[1] = rotate_left(v[1], 17) ^ v[2];
    v[2] = rotate_left(v[2], 32);
}

/* One compression round per 8-byte word, little-endian, the last word
 * holding the leftover bytes and the length in its top byte. */
static uint64_t siphash13(const unsigned char *in, size_t length)
{
    uint64_t v[4] = {SIPHASH_K0 ^ SIPHASH_V0, SIPHASH_K1 ^ SIPHASH_V1,
                     SIPHASH_K0 ^ SIPHASH_V2, SIPHASH_K1 ^ SIPHASH_V3};
    for (size_t word = 0; word <= length / 8; word++) {
        uint64_t m = 0;
        size_t bytes = word < length / 8 ? 8 : length % 8;
        for (size_t i = 0; i < bytes; i++)
            m |= (uint64_t)in[8 * word + i] << (8 * i);
        if (word == length / 8)
            m |= (uint64_t)length << 56;
        v[3] ^= m;
        sip_round(v);
        v[0] ^= m;
    }
    v[2] ^= SIPHASH_FINAL_XOR;
    for (int i = 0; i < SIPHASH_FINAL_ROUNDS; i++)
        sip_round(v);
    return v[0] ^ v[1] ^ v[2] ^ v[3];
}

/* The bytes CPython hashes: each code point in the width of the widest
 * (1 byte up to U+00FF, 2 up to U+FFFF, else 4), little-endian as on the
 * machines CPython runs on here. */
static int64_t str_hash_cpython(const Object *str)
{
    const unsigned char *p = (const unsigned char *)str_chars(str);
    size_t length = str_length(str), count = 0;
    if (length == 0)
        return 0; /* as CPython's _Py_HashBytes */
    unsigned long *points = malloc(length * sizeof *points), widest = 0;
    unsigned char *bytes = malloc(length * sizeof(uint32_t));
    if (points == NULL || bytes == NULL)
        fatal_out_of_memory("hashing a str");
    for (size_t i = 0; i < length; count++) {
        size_t n = utf8_char_bytes((char)p[i]);
        points[count] = utf8_code_point(p + i, n);
        widest = points[count] > widest ? points[count] : widest;
        i += n;
    }
    size_t width = widest <= UCS1_MAX ? 1 : widest <= UCS2_MAX ? 2 : 4;
    for (size_t i = 0; i < count; i++)
        for (size_t b = 0; b < width; b++)
            bytes[i * width + b] = (unsigned char)(points[i] >> (8 * b));
    uint64_t h = siphash13(bytes, count * width);
    free(points);
    free(bytes);
    return h == UINT64_MAX ? -2 : (int64_t)h;
}

/* --- ints and tuples ------------------------------------------------- */

static int64_t int_hash(long value)
{
    int64_t h = value % HASH_MODULUS;
    return h == -1 ? -2 : h;
}

static bool tuple_hash(const Tuple *t, int64_t *hash)
{
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->ob.size; i++) {
        int64_t lane;
        if (!enter_recursive(" while hashing a tuple"))
            return false;
        bool ok = object_hash(t->items[i], &lane);
        leave_recursive();
        if (!ok)
            return false;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += t->ob.size ^ (XXPRIME_5 ^ TUPLE_LENGTH_SALT);
    *hash = acc == UINT64_MAX ? TUPLE_HASH_FOR_MINUS_ONE : (int64_t)acc;
    return true;
}

bool object_hash(const Object *op, int64_t *hash)
{
    if (is_int(op)) {
        *hash = int_hash(as_long(op));
        return true;
    }
    if (op->type == &TupleType)
        return tuple_hash((const Tuple *)op, hash);
    if (op->type == &StrType) {
        *hash = str_hash_cpython(op);
        return true;
    }
    if (!check_hashable(op))
        return false;
    /* strs, frozensets, a program's instances (through __hash__) and
     * objects hashed by identity: the runtime's, never -1 but on failure */
    uint64_t h = key_hash(op);
    *hash = (int64_t)h;
    return h != HASH_FAILED;
}
