/* hash.h: hash(), as CPython 3.11 computes it.  Chapter 2 (the runner).
 * CPython: Python/pyhash.c, Objects/longobject.c (long_hash),
 * Objects/tupleobject.c (tuplehash).
 *
 * The runtime's tables hash keys their own way (table.h); sets need
 * CPython's hashes, because a set's order is its hashes' order: a set of
 * small ints prints sorted in CPython because an int is its own hash. */
#ifndef MINIPY_HASH_H
#define MINIPY_HASH_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

/* hash(op): false with TypeError if op is unhashable.  Never -1, as in
 * CPython, where -1 means an error. */
bool object_hash(const Object *op, int64_t *hash);

#endif
