/* table.c: the hash table.  Chapter 1.
 *
 * Entries are appended in insertion order, which is the order of iteration.
 * The index is an open-addressing array of entry numbers, probed linearly.
 * Invariant: the index has more than a third of its slots empty, so every
 * probe ends.  So at most usable_entries(capacity) entries are ever used,
 * and the table allocates no more: the index and the entries share one
 * block, the index first, as CPython's PyDictKeysObject does.  The index's
 * slots are as narrow as the entry numbers allow: a byte each in a table
 * of up to SMALL_CAPACITY slots, which is most of them (every instance's),
 * a long beyond (CPython has 1, 2, 4 and 8 bytes).  One allocation, not
 * two, and no bytes that can never be used: the appendix on costs measures
 * what that saves a collection, mostly in freeing. */
#include "table.h"

#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "int.h"
//> 6 include_obmalloc
#include "obmalloc.h"
//< 6 include_obmalloc
#include "str.h"

#define SLOT_EMPTY (-1L)
#define SLOT_DELETED (-2L)
#define TABLE_MIN_CAPACITY 8
/* The largest index whose slots are bytes: its entry numbers (at most
 * usable_entries(128), 85) and the two markers fit in an int8_t. */
#define SMALL_CAPACITY 128
/* Grow (or compact) when entries would fill two thirds of the index. */
#define MAX_FILL_NUMERATOR 2
#define MAX_FILL_DENOMINATOR 3
_Static_assert((SMALL_CAPACITY * MAX_FILL_NUMERATOR - 1) / MAX_FILL_DENOMINATOR <= INT8_MAX,
               "a small table's entry numbers fit in its byte-wide slots");
/* Objects are aligned to 16 bytes: the low bits of an address carry no
 * information, so they are shifted out of an identity hash. */
#define IDENTITY_HASH_SHIFT 4

/* A str or an int is hashed by its value; any other object whose type is
 * not marked unhashable (lists and dicts are), by its identity, as CPython's
 * default hash for objects that do not define __eq__. */
bool is_hashable(const Object *key)
{
    CHECK_NOT_NULL(key);
    return (key->type->flags & TYPE_UNHASHABLE) == 0;
}

static void check_key(const Object *key)
{
    if (!is_hashable(key))
        fatal_misuse(key, "unhashable type used as a key");
}

uint64_t key_hash(const Object *key)
{
    CHECK_NOT_NULL(key);
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
    CHECK_NOT_NULL(a);
    CHECK_NOT_NULL(b);
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
    CHECK_NOT_NULL(t);
    memset(t, 0, sizeof *t);
}

static size_t slot_bytes(size_t capacity)
{
    return capacity <= SMALL_CAPACITY ? sizeof(int8_t) : sizeof(long);
}

/* The entry number in a slot of the index, or SLOT_EMPTY / SLOT_DELETED. */
static long index_get(const Table *t, size_t slot)
{
    if (t->capacity <= SMALL_CAPACITY)
        return ((const int8_t *)t->index)[slot];
    return ((const long *)t->index)[slot];
}

static void index_set(Table *t, size_t slot, long entry)
{
    if (t->capacity <= SMALL_CAPACITY)
        ((int8_t *)t->index)[slot] = (int8_t)entry;
    else
        ((long *)t->index)[slot] = entry;
}

/* Does entry e hold key?  A type's equal may run any code, even code that
 * changes this table: *changed then says that the entry, or the whole
 * index, is no longer what was compared, and the probe must start again
 * (CPython's lookdict restarts the same way).  The stored key is held
 * meanwhile, so that the comparison cannot free it. */
static bool entry_holds(const Table *t, long e, const Object *key, bool *changed)
{
    Object *stored = t->entries[e].key;
    *changed = false;
    if (stored == key)
        return true;
    if (stored->type->equal == NULL && key->type->equal == NULL)
        return key_equal(stored, key); /* runs no code */
    unsigned rebuilds = t->rebuilds;
    incref(stored);
    bool equal = key_equal(stored, key);
    *changed = t->rebuilds != rebuilds || t->entries[e].key != stored;
    decref(stored);
    return equal && !*changed;
}

/* The entry that holds key (whose hash is `hash`), with the slot of the
 * index that points to it; or SLOT_EMPTY, with the empty slot where key
 * would go if the table has an index. */
static long lookup(const Table *t, const Object *key, uint64_t hash, size_t *slot)
{
    bool changed;
restart:
    if (t->capacity == 0)
        return SLOT_EMPTY;
    size_t mask = t->capacity - 1;
    for (*slot = hash & mask;; *slot = (*slot + 1) & mask) {
        long e = index_get(t, *slot);
        if (e == SLOT_EMPTY)
            return SLOT_EMPTY;
        if (e == SLOT_DELETED)
            continue;
        if (entry_holds(t, e, key, &changed))
            return e;
        if (changed)
            goto restart;
    }
}

/* The first empty slot on the probe sequence of `hash`: where a key that
 * the table does not hold goes.  Compares nothing, so runs no code
 * (CPython: find_empty_slot). */
static size_t find_empty_slot(const Table *t, uint64_t hash)
{
    size_t mask = t->capacity - 1;
    size_t slot = hash & mask;
    while (index_get(t, slot) != SLOT_EMPTY)
        slot = (slot + 1) & mask;
    return slot;
}

/* The most entries an index of `capacity` slots holds: the largest n with
 * n / capacity below MAX_FILL (CPython: USABLE_FRACTION). */
static size_t usable_entries(size_t capacity)
{
    return (capacity * MAX_FILL_NUMERATOR - 1) / MAX_FILL_DENOMINATOR;
}

/* Rebuild with room for at least `needed` live entries, dropping deleted
 * entries, which compacts the entry array. */
static void resize(Table *t, size_t needed)
{
    size_t capacity = TABLE_MIN_CAPACITY;
    while (needed * MAX_FILL_DENOMINATOR >= capacity * MAX_FILL_NUMERATOR)
        capacity *= 2;
    /* The entries start 8-byte aligned: capacity is a power of two, at
     * least TABLE_MIN_CAPACITY. */
    size_t index_size = capacity * slot_bytes(capacity);
/*< 6 table_malloc
    char *block = malloc(index_size + usable_entries(capacity) * sizeof(Entry));
*/
//> 6 table_object_malloc
    char *block = object_malloc(index_size + usable_entries(capacity) * sizeof(Entry));
//< 6 table_object_malloc
    if (block == NULL)
        fatal_out_of_memory("growing a table");
    Table grown = {.capacity = capacity, .entries = (Entry *)(block + index_size),
                   .index = block, .general = t->general,
                   .rebuilds = t->rebuilds + 1};
    for (size_t i = 0; i < capacity; i++)
        index_set(&grown, i, SLOT_EMPTY);
    for (size_t i = 0; i < t->used; i++) {
        if (t->entries[i].key == NULL)
            continue;
        index_set(&grown, find_empty_slot(&grown, key_hash(t->entries[i].key)),
                  (long)grown.used);
        grown.entries[grown.used++] = t->entries[i];
    }
    grown.count = grown.used;
/*< 6 table_free_on_resize
    free(t->index); /\* and the entries, in the same block *\/
*/
//> 6 table_object_free_on_resize
    object_free(t->index); /* and the entries, in the same block */
//< 6 table_object_free_on_resize
    *t = grown;
}

void table_fini(Table *t)
{
    CHECK_NOT_NULL(t);
    Table old = *t;
    /* Empty the table before releasing anything: code run by a release must
     * find it consistent. */
    table_init(t);
    t->general = old.general;
    t->rebuilds = old.rebuilds + 1;
    for (size_t i = 0; i < old.used; i++) {
        if (old.entries[i].key == NULL)
            continue;
        decref(old.entries[i].key);
        decref(old.entries[i].value);
    }
/*< 6 table_free
    free(old.index);
*/
//> 6 table_object_free
    object_free(old.index);
//< 6 table_object_free
}

Object *table_get(const Table *t, const Object *key)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(key);
    check_key(key);
    if (t->count == 0)
        return NULL;
    size_t slot;
    long e = lookup(t, key, key_hash(key), &slot);
    return e == SLOT_EMPTY ? NULL : t->entries[e].value;
}

void table_set(Table *t, Object *key, Object *value)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(key);
    CHECK_NOT_NULL(value);
    check_key(key);
    uint64_t hash = key_hash(key);
    size_t slot;
    long e = lookup(t, key, hash, &slot);
    if (e != SLOT_EMPTY) {
        Object *old = t->entries[e].value;
        t->entries[e].value = newref(value);
        decref(old);
        return;
    }
    /* A new key.  Room is made after the lookup, whose comparisons may have
     * filled the table; nothing runs between here and the store. */
    if ((t->used + 1) * MAX_FILL_DENOMINATOR >= t->capacity * MAX_FILL_NUMERATOR) {
        resize(t, t->count + 1);
        slot = find_empty_slot(t, hash);
    }
    index_set(t, slot, (long)t->used);
    t->entries[t->used++] = (Entry){newref(key), newref(value)};
    t->count++;
    if (key->type != &StrType)
        t->general = true;
}

bool table_delete(Table *t, const Object *key)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(key);
    check_key(key);
    if (t->count == 0)
        return false;
    size_t slot;
    long e = lookup(t, key, key_hash(key), &slot);
    if (e == SLOT_EMPTY)
        return false;
    Entry old = t->entries[e];
    index_set(t, slot, SLOT_DELETED);
    t->entries[e] = (Entry){NULL, NULL};
    t->count--;
    decref(old.key);
    decref(old.value);
    return true;
}

bool table_next(const Table *t, size_t *pos, Object **key, Object **value)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(pos);
    CHECK_NOT_NULL(key);
    CHECK_NOT_NULL(value);
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
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(visit);
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
