/* hash.c: hash(), as CPython 3.11 computes it.  Chapter 2 (the runner).
 * CPython: Python/pyhash.c, Objects/longobject.c, Objects/tupleobject.c.
 *
 * Ints hash to themselves modulo the Mersenne prime 2**61 - 1, so that
 * equal numbers of any kind hash alike; a tuple mixes its items' hashes
 * with xxHash's primes.  A str's hash is randomized per run in CPython, so
 * no program can depend on it: ours is the runtime's. */
#include "hash.h"

#include "error.h"
#include "minipy.h"
#include "ops.h"
#include "set.h"
#include "str.h"
#include "table.h"

#define HASH_MODULUS (((int64_t)1 << 61) - 1)

/* xxHash's primes and rotation, as CPython 3.11's tuplehash uses them */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))
/* the constant CPython adds the length to, and the result it gives in
 * place of -1 */
#define TUPLE_LENGTH_SALT 3527539ULL
#define TUPLE_HASH_FOR_MINUS_ONE 1546275796

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
    if (!check_hashable(op))
        return false;
    /* strs, frozensets, and objects hashed by identity: the runtime's */
    uint64_t h = key_hash(op);
    *hash = h == UINT64_MAX ? -2 : (int64_t)h;
    return true;
}
