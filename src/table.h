/* table.h: the hash table behind dicts, class attributes and instance
 * attributes.  Chapter 1.  CPython: Objects/dictobject.c (the "compact"
 * layout of 3.6 and later: entries in insertion order, and a separate index).
 *
 * A table is not an object: it lives inside one and holds a strong reference
 * to each key and each value.  Keys are any hashable object (see is_hashable). */
#ifndef GC_TABLE_H
#define GC_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

typedef struct Entry {
    Object *key;   /* NULL for a deleted entry */
    Object *value;
} Entry;

typedef struct Table {
    size_t count;     /* live entries */
    size_t used;      /* entries[0..used) hold live and deleted entries */
    size_t capacity;  /* the index's size, a power of two (or 0) */
    Entry *entries;   /* room for two thirds of capacity, after the index */
    void *index;      /* slot -> entry number, or SLOT_EMPTY / SLOT_DELETED,
                       * in slots of 1 or 8 bytes (table.c); the block
                       * allocated, which holds the entries too */
    bool general;     /* a key other than a str was ever stored */
    unsigned rebuilds; /* how often the index was replaced (table.c) */
} Table;

/* True for the types that can be keys. */
bool is_hashable(const Object *key);
/* A key's hash, and key equality, as the table sees them (for a type's
 * hash and equal slots that combine those of the objects they hold). */
uint64_t key_hash(const Object *key);
bool key_equal(const Object *a, const Object *b);

void table_init(Table *t);
/* Release every key and value and the table's memory; t is then empty. */
void table_fini(Table *t);
/* Borrowed reference, or NULL.  Comparing keys may run code (a type's
 * equal), even code that changes the table: a lookup then starts again. */
Object *table_get(const Table *t, const Object *key);
/* Adds new references to key and value; replaces an existing value. */
void table_set(Table *t, Object *key, Object *value);
/* Returns false if key was absent. */
bool table_delete(Table *t, const Object *key);
/* Iterate in insertion order: start with *pos = 0; borrowed results. */
bool table_next(const Table *t, size_t *pos, Object **key, Object **value);
/* Visit each value, and each key if a non-str key was ever stored (the keys
 * of a str-keyed table are never containers), as CPython 3.11 does. */
int table_traverse(const Table *t, visitproc visit, void *arg);

#endif
