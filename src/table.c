/* table.c: the hash table.  Chapter 1.
 *
 * Entries are appended in insertion order, which is the order of iteration.
 * The index is an open-addressing array of entry numbers, probed as
 * CPython probes its dicts: each next slot mixes in more of the hash, so
 * that keys whose hashes are close or collide do not pile up in one run.
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
/* What lookup returns when a type's equal failed */
#define LOOKUP_FAILED (-3L)
#define TABLE_MIN_CAPACITY 8
/* How many bits of the hash each probe mixes in (CPython's PERTURB_SHIFT) */
#define PERTURB_SHIFT 5
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

/* A str's or an int's hash is never HASH_FAILED: as CPython does for -1,
 * the one value that would be is moved to its neighbour. */
static uint64_t never_failed(uint64_t hash)
{
    return hash == HASH_FAILED ? HASH_FAILED - 1 : hash;
}

uint64_t key_hash(const Object *key)
{
    CHECK_NOT_NULL(key);
    if (key->type == &StrType)
        return never_failed(str_hash(key));
    if (key->type == &IntType)
        return never_failed((uint64_t)int_value(key));
    if (key->type->hash)
        return key->type->hash(key);
    return identity_hash(key);
}

uint64_t identity_hash(const Object *key)
{
    return (uint64_t)(uintptr_t)key >> IDENTITY_HASH_SHIFT;
}

int key_equal(const Object *a, const Object *b)
{
    CHECK_NOT_NULL(a);
    CHECK_NOT_NULL(b);
    if (a == b)
        return 1;
    if (a->type->equal || b->type->equal)
        return (a->type->equal ? a->type->equal : b->type->equal)(a, b);
    if (a->type != b->type)
        return 0;
    if (a->type == &IntType)
        return int_value(a) == int_value(b);
    if (a->type != &StrType)
        return 0; /* compared by identity, and a != b */
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

/* The slot probed after `slot`: CPython's recurrence, which visits every
 * slot of the index eventually, once perturb has shifted down to 0. */
static size_t next_slot(size_t slot, size_t mask, uint64_t *perturb)
{
    *perturb >>= PERTURB_SHIFT;
    return (slot * 5 + 1 + (size_t)*perturb) & mask;
}

/* The most entries an index of `capacity` slots holds: the largest n with
 * n / capacity below MAX_FILL (CPython: USABLE_FRACTION). */
static size_t usable_entries(size_t capacity)
{
    return (capacity * MAX_FILL_NUMERATOR - 1) / MAX_FILL_DENOMINATOR;
}

/* A general table keeps its keys' hashes, by entry number, after its
 * entries, as CPython's general keys do (a str keeps its own hash, so a
 * table of strs needs none).  So a lookup compares keys only when their
 * hashes are equal, and a resize never hashes a key again: either would
 * call a type's hash or equal, which may run a program's code. */
static uint64_t *stored_hashes(const Table *t)
{
    return (uint64_t *)(t->entries + usable_entries(t->capacity));
}

static uint64_t entry_hash(const Table *t, long e)
{
    return t->general ? stored_hashes(t)[e] : key_hash(t->entries[e].key);
}

/* Does entry e hold key?  1 if so, 0 if not, -1 if a type's equal failed.
 * An equal may run any code, even code that changes this table: *changed
 * then says that the entry, or the whole index, is no longer what was
 * compared, and the probe must start again (CPython's lookdict restarts
 * the same way).  The stored key is held meanwhile, so that the
 * comparison cannot free it. */
static int entry_holds(const Table *t, long e, const Object *key, uint64_t hash, bool *changed)
{
    Object *stored = t->entries[e].key;
    *changed = false;
    if (stored == key)
        return 1;
    if (entry_hash(t, e) != hash)
        return 0;
    if (stored->type->equal == NULL && key->type->equal == NULL)
        return key_equal(stored, key); /* runs no code */
    unsigned rebuilds = t->rebuilds;
    incref(stored);
    int equal = key_equal(stored, key);
    *changed = t->rebuilds != rebuilds || t->entries[e].key != stored;
    decref(stored);
    if (equal < 0)
        return -1;
    return equal && !*changed;
}

/* The entry that holds key (whose hash is `hash`), with the slot of the
 * index that points to it; SLOT_EMPTY, with the empty slot where key would
 * go if the table has an index; or LOOKUP_FAILED if a type's equal failed. */
static long lookup(const Table *t, const Object *key, uint64_t hash, size_t *slot)
{
    bool changed;
restart:
    if (t->capacity == 0)
        return SLOT_EMPTY;
    size_t mask = t->capacity - 1;
    uint64_t perturb = hash;
    for (*slot = hash & mask;; *slot = next_slot(*slot, mask, &perturb)) {
        long e = index_get(t, *slot);
        if (e == SLOT_EMPTY)
            return SLOT_EMPTY;
        if (e == SLOT_DELETED)
            continue;
        int holds = entry_holds(t, e, key, hash, &changed);
        if (holds != 0)
            return holds > 0 ? e : LOOKUP_FAILED;
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
    uint64_t perturb = hash;
    size_t slot = hash & mask;
    while (index_get(t, slot) != SLOT_EMPTY)
        slot = next_slot(slot, mask, &perturb);
    return slot;
}

/* The bytes each usable entry takes: its key and value, and its hash in a
 * general table. */
static size_t entry_bytes(bool general)
{
    return sizeof(Entry) + (general ? sizeof(uint64_t) : 0);
}

/* Rebuild with room for at least `needed` live entries, dropping deleted
 * entries, which compacts the entry array; `general` if the table is to
 * keep its keys' hashes (a key other than a str is coming). */
static void resize(Table *t, size_t needed, bool general)
{
    size_t capacity = TABLE_MIN_CAPACITY;
    while (needed * MAX_FILL_DENOMINATOR >= capacity * MAX_FILL_NUMERATOR)
        capacity *= 2;
    /* The entries start 8-byte aligned: capacity is a power of two, at
     * least TABLE_MIN_CAPACITY. */
    size_t index_size = capacity * slot_bytes(capacity);
/*< 6 table_malloc
    char *block = malloc(index_size + usable_entries(capacity) * entry_bytes(general));
*/
//> 6 table_object_malloc
    char *block = object_malloc(index_size + usable_entries(capacity) * entry_bytes(general));
//< 6 table_object_malloc
    if (block == NULL)
        fatal_out_of_memory("growing a table");
    Table grown = {.capacity = capacity, .entries = (Entry *)(block + index_size),
                   .index = block, .general = general,
                   .rebuilds = t->rebuilds + 1};
    for (size_t i = 0; i < capacity; i++)
        index_set(&grown, i, SLOT_EMPTY);
    for (size_t i = 0; i < t->used; i++) {
        if (t->entries[i].key == NULL)
            continue;
        uint64_t hash = entry_hash(t, (long)i);
        index_set(&grown, find_empty_slot(&grown, hash), (long)grown.used);
        if (general)
            stored_hashes(&grown)[grown.used] = hash;
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
    uint64_t hash = key_hash(key); /* even when empty, as CPython hashes first */
    if (hash == HASH_FAILED || t->count == 0)
        return NULL;
    size_t slot;
    long e = lookup(t, key, hash, &slot);
    return e < 0 ? NULL : t->entries[e].value;
}

/* Store a key the table does not hold, at the empty slot its lookup
 * ended on.  Room is made after the lookup, whose comparisons may have
 * filled the table; nothing runs between here and the store.  The first key
 * that is not a str makes the table general. */
static void insert_new(Table *t, size_t slot, Object *key, uint64_t hash, Object *value)
{
    bool general = t->general || key->type != &StrType;
    if (general != t->general ||
        (t->used + 1) * MAX_FILL_DENOMINATOR >= t->capacity * MAX_FILL_NUMERATOR) {
        resize(t, t->count + 1, general);
        slot = find_empty_slot(t, hash);
    }
    index_set(t, slot, (long)t->used);
    if (general)
        stored_hashes(t)[t->used] = hash;
    t->entries[t->used++] = (Entry){newref(key), newref(value)};
    t->count++;
}

/* table_set's work, for a key whose hash is known: false if an equal
 * failed (CPython: insertdict). */
static bool set_hashed(Table *t, Object *key, uint64_t hash, Object *value)
{
    size_t slot;
    long e = lookup(t, key, hash, &slot);
    if (e == LOOKUP_FAILED)
        return false;
    if (e == SLOT_EMPTY) {
        insert_new(t, slot, key, hash, value);
        return true;
    }
    Object *old = t->entries[e].value;
    t->entries[e].value = newref(value);
    decref(old);
    return true;
}

bool table_set(Table *t, Object *key, Object *value)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(key);
    CHECK_NOT_NULL(value);
    check_key(key);
    uint64_t hash = key_hash(key);
    return hash != HASH_FAILED && set_hashed(t, key, hash, value);
}

bool table_merge(Table *t, const Table *from)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(from);
    /* an equal may change `from`: walk it by position, as table_next does */
    for (size_t i = 0; i < from->used; i++) {
        Entry entry = from->entries[i];
        if (entry.key == NULL)
            continue;
        incref(entry.key); /* and the value: an equal may delete the pair */
        incref(entry.value);
        bool done = set_hashed(t, entry.key, entry_hash(from, (long)i), entry.value);
        decref(entry.key);
        decref(entry.value);
        if (!done)
            return false;
    }
    return true;
}

Object *table_setdefault(Table *t, Object *key, Object *value)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(key);
    CHECK_NOT_NULL(value);
    check_key(key);
    uint64_t hash = key_hash(key);
    if (hash == HASH_FAILED)
        return NULL;
    size_t slot;
    long e = lookup(t, key, hash, &slot);
    if (e == LOOKUP_FAILED)
        return NULL;
    if (e != SLOT_EMPTY)
        return t->entries[e].value;
    insert_new(t, slot, key, hash, value);
    return value;
}

/* Take entry e, which slot points to, out of the table: its key and value
 * are the caller's to release, once the table is consistent. */
static Entry take_entry(Table *t, long e, size_t slot)
{
    Entry old = t->entries[e];
    index_set(t, slot, SLOT_DELETED);
    t->entries[e] = (Entry){NULL, NULL};
    t->count--;
    return old;
}

Object *table_pop(Table *t, const Object *key)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(key);
    check_key(key);
    uint64_t hash = key_hash(key);
    if (hash == HASH_FAILED || t->count == 0)
        return NULL;
    size_t slot;
    long e = lookup(t, key, hash, &slot);
    if (e < 0)
        return NULL;
    Entry old = take_entry(t, e, slot);
    decref(old.key);
    return old.value;
}

bool table_popitem(Table *t, Object **key, Object **value)
{
    CHECK_NOT_NULL(t);
    CHECK_NOT_NULL(key);
    CHECK_NOT_NULL(value);
    long e = (long)t->used - 1;
    while (e >= 0 && t->entries[e].key == NULL)
        e--;
    if (e < 0)
        return false;
    /* its slot, found by its stored hash and its number: no code runs */
    size_t mask = t->capacity - 1;
    uint64_t hash = entry_hash(t, e), perturb = hash;
    size_t slot = hash & mask;
    while (index_get(t, slot) != e)
        slot = next_slot(slot, mask, &perturb);
    Entry old = take_entry(t, e, slot);
    *key = old.key;
    *value = old.value;
    return true;
}

bool table_delete(Table *t, const Object *key)
{
    Object *value = table_pop(t, key);
    xdecref(value);
    return value != NULL;
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
