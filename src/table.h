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
    bool general;     /* a key other than a str was ever stored: the
                       * block keeps the keys' hashes too (table.c) */
    unsigned rebuilds; /* how often the index was replaced (table.c) */
} Table;

/* True for the types that can be keys. */
bool is_hashable(const Object *key);
/* A key's hash, and key equality, as the table sees them (for a type's
 * hash and equal slots that combine those of the objects they hold).
 * key_hash gives HASH_FAILED, and key_equal -1, only when a type's hash or
 * equal failed (object.h). */
uint64_t key_hash(const Object *key);
int key_equal(const Object *a, const Object *b);
/* The hash of an object keyed by its identity. */
uint64_t identity_hash(const Object *key);

void table_init(Table *t);
/* Release every key and value and the table's memory; t is then empty. */
void table_fini(Table *t);
/* Borrowed reference, or NULL.  Hashing and comparing keys may run code (a
 * type's hash and equal), even code that changes the table: a lookup then
 * starts again.  If that code fails, each of these three gives up having
 * changed nothing, and says so as it says "absent": the code that failed
 * has told its own caller (the runner sets an exception). */
Object *table_get(const Table *t, const Object *key);
/* Adds new references to key and value; replaces an existing value.
 * false only if a type's hash or equal failed. */
bool table_set(Table *t, Object *key, Object *value);
/* Set every pair of `from` in t, in order, with the hashes `from` knows
 * (no key is hashed again, as CPython's dict_merge); false, part done, if
 * a type's equal failed. */
bool table_merge(Table *t, const Table *from);
/* The value stored for key (borrowed), after storing `value` for it if
 * there was none (CPython: PyDict_SetDefault); NULL if a type's hash or
 * equal failed.  Hashes key once. */
Object *table_setdefault(Table *t, Object *key, Object *value);
/* Remove key's pair and return its value (a new reference), or NULL if key
 * was absent.  Hashes key once. */
Object *table_pop(Table *t, const Object *key);
/* Take out the last pair (CPython's dict.popitem), hashing nothing: its
 * key and value become the caller's references.  false if t is empty. */
bool table_popitem(Table *t, Object **key, Object **value);
/* Returns false if key was absent. */
bool table_delete(Table *t, const Object *key);
/* Iterate in insertion order: start with *pos = 0; borrowed results. */
bool table_next(const Table *t, size_t *pos, Object **key, Object **value);
/* Visit each value, and each key if a non-str key was ever stored (the keys
 * of a str-keyed table are never containers), as CPython 3.11 does. */
int table_traverse(const Table *t, visitproc visit, void *arg);

#endif
