/* table.c: the hash table.  Chapter 1.
 *
 * Entries are appended in insertion order, which is the order of iteration.
 * The index is an open-addressing array of entry numbers, probed linearly.
 * Invariant: the index has more than a third of its slots empty, so every
 * probe ends. */
#include "table.h"

#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "int.h"
#include "str.h"

#define SLOT_EMPTY (-1L)
#define SLOT_DELETED (-2L)
#define TABLE_MIN_CAPACITY 8
/* Grow (or compact) when entries would fill two thirds of the index. */
#define MAX_FILL_NUMERATOR 2
#define MAX_FILL_DENOMINATOR 3
/* Objects are aligned to 16 bytes: the low bits of an address carry no
 * information, so they are shifted out of an identity hash. */
#define IDENTITY_HASH_SHIFT 4

/* A str or an int is hashed by its value; any other object whose type is
 * not marked unhashable (lists and dicts are), by its identity, as CPython's
 * default hash for objects that do not define __eq__. */
bool is_hashable(const Object *key)
{
    return (key->type->flags & TYPE_UNHASHABLE) == 0;
}

static void check_key(const Object *key)
{
    if (!is_hashable(key))
        fatal_misuse(key, "unhashable type used as a key");
}

uint64_t key_hash(const Object *key)
{
    if (key->type == &StrType)
        return str_hash(key);
    if (key->type == &IntType)
        return (uint64_t)int_value(key);
    if (key->type->hash)
        return key->type->hash(key);
    return (uint64_t)(uintptr_t)key >> IDENTITY_HASH_SHIFT;
}

bool key_equal(const Object *a, const Object *b)
{
    if (a == b)
        return true;
    if (a->type->equal || b->type->equal)
        return (a->type->equal ? a->type->equal : b->type->equal)(a, b);
    if (a->type != b->type)
        return false;
    if (a->type == &IntType)
        return int_value(a) == int_value(b);
    if (a->type != &StrType)
        return false; /* compared by identity, and a != b */
    return str_length(a) == str_length(b) &&
           memcmp(str_chars(a), str_chars(b), str_length(a)) == 0;
}

void table_init(Table *t)
{
    memset(t, 0, sizeof *t);
}

/* The slot that holds key, or the empty slot where it would go. */
static size_t find_slot(const Table *t, const Object *key)
{
    size_t mask = t->capacity - 1;
    size_t slot = key_hash(key) & mask;
    for (;; slot = (slot + 1) & mask) {
        long e = t->index[slot];
        if (e == SLOT_EMPTY)
            return slot;
        if (e != SLOT_DELETED && key_equal(t->entries[e].key, key))
            return slot;
    }
}

/* Rebuild with room for at least `needed` live entries, dropping deleted
 * entries, which compacts the entry array. */
static void resize(Table *t, size_t needed)
{
    size_t capacity = TABLE_MIN_CAPACITY;
    while (needed * MAX_FILL_DENOMINATOR >= capacity * MAX_FILL_NUMERATOR)
        capacity *= 2;
    Entry *entries = malloc(capacity * sizeof *entries);
    long *index = malloc(capacity * sizeof *index);
    if (entries == NULL || index == NULL)
        fatal_out_of_memory("growing a table");
    Table grown = {.capacity = capacity, .entries = entries, .index = index,
                   .general = t->general};
    for (size_t i = 0; i < capacity; i++)
        index[i] = SLOT_EMPTY;
    for (size_t i = 0; i < t->used; i++) {
        if (t->entries[i].key == NULL)
            continue;
        index[find_slot(&grown, t->entries[i].key)] = (long)grown.used;
        entries[grown.used++] = t->entries[i];
    }
    grown.count = grown.used;
    free(t->entries);
    free(t->index);
    *t = grown;
}

void table_fini(Table *t)
{
    Table old = *t;
    /* Empty the table before releasing anything: code run by a release must
     * find it consistent. */
    table_init(t);
    t->general = old.general;
    for (size_t i = 0; i < old.used; i++) {
        if (old.entries[i].key == NULL)
            continue;
        decref(old.entries[i].key);
        decref(old.entries[i].value);
    }
    free(old.entries);
    free(old.index);
}

Object *table_get(const Table *t, const Object *key)
{
    check_key(key);
    if (t->count == 0)
        return NULL;
    long e = t->index[find_slot(t, key)];
    return e == SLOT_EMPTY ? NULL : t->entries[e].value;
}

void table_set(Table *t, Object *key, Object *value)
{
    check_key(key);
    if ((t->used + 1) * MAX_FILL_DENOMINATOR >= t->capacity * MAX_FILL_NUMERATOR)
        resize(t, t->count + 1);
    size_t slot = find_slot(t, key);
    long e = t->index[slot];
    if (e != SLOT_EMPTY) {
        Object *old = t->entries[e].value;
        t->entries[e].value = newref(value);
        decref(old);
        return;
    }
    t->index[slot] = (long)t->used;
    t->entries[t->used++] = (Entry){newref(key), newref(value)};
    t->count++;
    if (key->type != &StrType)
        t->general = true;
}

bool table_delete(Table *t, const Object *key)
{
    check_key(key);
    if (t->count == 0)
        return false;
    size_t slot = find_slot(t, key);
    long e = t->index[slot];
    if (e == SLOT_EMPTY)
        return false;
    Entry old = t->entries[e];
    t->index[slot] = SLOT_DELETED;
    t->entries[e] = (Entry){NULL, NULL};
    t->count--;
    decref(old.key);
    decref(old.value);
    return true;
}

bool table_next(const Table *t, size_t *pos, Object **key, Object **value)
{
    while (*pos < t->used) {
        const Entry *entry = &t->entries[(*pos)++];
        if (entry->key != NULL) {
            *key = entry->key;
            *value = entry->value;
            return true;
        }
    }
    return false;
}

int table_traverse(const Table *t, visitproc visit, void *arg)
{
    for (size_t i = 0; i < t->used; i++) {
        const Entry *entry = &t->entries[i];
        if (entry->key == NULL)
            continue;
        int stop = visit(entry->value, arg);
        if (stop == 0 && t->general)
            stop = visit(entry->key, arg);
        if (stop)
            return stop;
    }
    return 0;
}
