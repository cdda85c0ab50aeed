/* set.h: sets and frozensets.  Chapter 2 (the runner).
 * CPython: Objects/setobject.c.
 *
 * A set is a container the collector tracks, as CPython 3.11 tracks every
 * set and frozenset, empty or not: it may hold tuples and instances, and
 * so take part in cycles.  Its table is laid out as CPython's (open
 * addressing, the same probes, the same growth), so that a set of ints
 * iterates and prints in CPython's order. */
#ifndef MINIPY_SET_H
#define MINIPY_SET_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "minipy.h"

typedef struct SetEntry {
    Object *key;   /* NULL: never used; set_dummy: a removed key */
    int64_t hash;
} SetEntry;

typedef struct Set {
    Object ob;
    size_t fill;       /* entries with a key or a dummy */
    size_t used;       /* entries with a key */
    size_t mask;       /* the table's size - 1, a power of two - 1 */
    size_t finger;     /* where pop() looks next */
    SetEntry *table;
//> 4 set_weaklist
    struct WeakRef *weaklist;
//< 4 set_weaklist
} Set;

extern Type SetType, FrozenSetType;
bool is_set(const Object *op);  /* a set or a frozenset */

/* A new set of the items of iterable (NULL: empty); NULL on an error. */
Object *set_new(Object *iterable);
Object *frozenset_new(Object *iterable);
/* The built-ins set() and frozenset(). */
Object *set_construct(Object *self, Object **args, size_t nargs);
Object *frozenset_construct(Object *self, Object **args, size_t nargs);

size_t set_size(const Object *set);
/* 0, or -1 with TypeError for an unhashable key (or an error of __eq__). */
int set_add(Object *set, Object *key);
/* 1, 0, or -1 with an exception set. */
int set_contains(Object *set, Object *key);
/* Iterate in table order from *pos = 0; borrowed keys. */
bool set_next(const Object *set, size_t *pos, Object **key);

/* a | b, a & b, a - b, a ^ b of two sets: a new set of a's type; NULL with
 * no exception set if either is not a set. */
Object *set_binary_op(Op op, Object *a, Object *b);
/* a |= b ...: a is changed in place if it is a set (not a frozenset). */
Object *set_inplace_op(Op op, Object *a, Object *b);
/* ==, !=, <, <=, >, >= between two sets: 1, 0, or -1 with the exception
 * an item's __eq__ raised. */
int set_compare(Op op, Object *a, Object *b);
/* repr: {1, 2}, set(), frozenset({1, 2}) */
Object *set_repr(Object *set);

extern const BuiltinDef set_methods[], frozenset_methods[];

#endif
