/* set.c: sets and frozensets.  Chapter 2 (the runner).
 * CPython: Objects/setobject.c.
 *
 * The table is CPython 3.11's: a power-of-two array of (key, hash)
 * entries, probed from hash & mask, then a few neighbours (cheap in the
 * cache), then a jump that mixes in more of the hash; a removed key
 * leaves a dummy so that probes pass it.  The table grows once three
 * fifths of it are filled.  Invariant: fill < size, so every probe
 * sequence ends at an empty entry. */
#include "set.h"

#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "error.h"
#include "gc.h"
#include "hash.h"
#include "list.h"
#include "ops.h"
#include "str.h"

/* CPython's PySet_MINSIZE, LINEAR_PROBES and PERTURB_SHIFT */
#define SET_MIN_SIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
/* Past this many keys a table only doubles when it grows (else it
 * quadruples), as CPython's. */
#define SET_GROWTH_SLOWS 50000
/* A dummy's hash: no object hashes to -1. */
#define DUMMY_HASH (-1)

/* The key a removed entry holds: never seen by a program. */
static Object dummy_key = {IMMORTAL_REFCNT, &NoneType};
#define DUMMY (&dummy_key)

static bool is_live(const SetEntry *e)
{
    return e->key != NULL && e->key != DUMMY;
}

bool is_set(const Object *op)
{
    return op->type == &SetType || op->type == &FrozenSetType;
}

size_t set_size(const Object *set)
{
    return ((const Set *)set)->used;
}

bool set_next(const Object *op, size_t *pos, Object **key)
{
    const Set *s = (const Set *)op;
    for (; *pos <= s->mask; (*pos)++)
        if (is_live(&s->table[*pos])) {
            *key = s->table[(*pos)++].key;
            return true;
        }
    return false;
}

/* --- the table ------------------------------------------------------- */

static SetEntry *new_table(size_t size)
{
    SetEntry *table = calloc(size, sizeof *table);
    if (table == NULL)
        fatal_out_of_memory("growing a set");
    return table;
}

/* The next entry to probe after a run of neighbours: CPython's recurrence,
 * which visits every entry of the table eventually. */
static size_t next_probe(size_t i, size_t mask, uint64_t *perturb)
{
    *perturb >>= PERTURB_SHIFT;
    return (i * 5 + 1 + (size_t)*perturb) & mask;
}

/* Put a key known to be absent into a table without dummies (a resize). */
static void insert_clean(SetEntry *table, size_t mask, Object *key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash;
    for (size_t i = (size_t)hash & mask;; i = next_probe(i, mask, &perturb)) {
        size_t probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= probes; j++)
            if (table[i + j].key == NULL) {
                table[i + j] = (SetEntry){key, hash};
                return;
            }
    }
}

/* A table big enough for `minused` keys, the live keys moved over in table
 * order (the dummies dropped). */
static void resize(Set *s, size_t minused)
{
    size_t size = SET_MIN_SIZE;
    while (size <= minused)
        size <<= 1;
    SetEntry *table = new_table(size), *old = s->table;
    for (size_t i = 0; i <= s->mask; i++)
        if (is_live(&old[i]))
            insert_clean(table, size - 1, old[i].key, old[i].hash);
    free(old);
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;
}

/* The entry holding key, or the empty entry where its probe ended (then
 * *free_slot is the last dummy passed, or NULL).  NULL with an exception
 * set if an __eq__ raised.  An __eq__ may change the set: the probe then
 * starts again, as CPython's. */
static SetEntry *lookup(Set *s, Object *key, int64_t hash, SetEntry **free_slot)
{
restart:
    *free_slot = NULL;
    uint64_t perturb = (uint64_t)hash;
    for (size_t i = (size_t)hash & s->mask;; i = next_probe(i, s->mask, &perturb)) {
        size_t probes = i + LINEAR_PROBES <= s->mask ? LINEAR_PROBES : 0;
        for (size_t j = 0; j <= probes; j++) {
            SetEntry *e = &s->table[i + j];
            if (e->key == NULL)
                return e;
            if (e->key == DUMMY) { /* the last one passed, as CPython 3.11 */
                *free_slot = e;
                continue;
            }
            if (e->key == key)
                return e;
            if (e->hash != hash)
                continue;
            SetEntry *table = s->table;
            Object *start = newref(e->key);
            int same = equal(start, key);
            decref(start);
            if (same < 0)
                return NULL;
            if (table != s->table || e->key != start)
                goto restart;
            if (same)
                return e;
        }
    }
}

/* Add key with its hash: 0, or -1 if an __eq__ raised. */
static int add_hashed(Set *s, Object *key, int64_t hash)
{
    SetEntry *free_slot, *e = lookup(s, key, hash, &free_slot);
    if (e == NULL)
        return -1;
    if (e->key != NULL)
        return 0;  /* present already */
    if (free_slot != NULL) {
        *free_slot = (SetEntry){newref(key), hash};
        s->used++;
        return 0;
    }
    *e = (SetEntry){newref(key), hash};
    s->fill++;
    s->used++;
    if (s->fill * 5 >= s->mask * 3)
        resize(s, s->used > SET_GROWTH_SLOWS ? s->used * 2 : s->used * 4);
    return 0;
}

int set_add(Object *set, Object *key)
{
    int64_t hash;
    if (!object_hash(key, &hash))
        return -1;
    return add_hashed((Set *)set, key, hash);
}

/* The entry holding key, NULL if absent; *failed if an error was raised. */
static SetEntry *find(Set *s, Object *key, bool *failed)
{
    int64_t hash;
    SetEntry *free_slot, *e = NULL;
    *failed = !object_hash(key, &hash) || (e = lookup(s, key, hash, &free_slot)) == NULL;
    return *failed || e->key == NULL ? NULL : e;
}

int set_contains(Object *set, Object *key)
{
    bool failed;
    SetEntry *e = find((Set *)set, key, &failed);
    return failed ? -1 : e != NULL;
}

/* Remove key if present, releasing it once the table is consistent: 1 if
 * it was there, 0 if not, -1 on an error. */
static int discard(Set *s, Object *key)
{
    bool failed;
    SetEntry *e = find(s, key, &failed);
    if (e == NULL)
        return failed ? -1 : 0;
    Object *old = e->key;
    *e = (SetEntry){DUMMY, DUMMY_HASH};
    s->used--;
    decref(old);
    return 1;
}

/* --- the object ------------------------------------------------------ */

static int set_traverse(Object *self, visitproc visit, void *arg)
{
    Set *s = (Set *)self;
    for (size_t i = 0; i <= s->mask; i++) {
        int stop = is_live(&s->table[i]) ? visit(s->table[i].key, arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

/* Empty the set first, then release its keys in table order: code run by
 * a release finds an empty set, as CPython's set_clear_internal. */
static void set_clear(Object *self)
{
    Set *s = (Set *)self;
    SetEntry *old = s->table;
    size_t size = s->mask + 1;
    s->table = new_table(SET_MIN_SIZE);
    s->mask = SET_MIN_SIZE - 1;
    s->fill = s->used = 0;
    for (size_t i = 0; i < size; i++)
        if (is_live(&old[i]))
            decref(old[i].key);
    free(old);
}

static void set_dealloc(Object *self)
{
    set_clear(self);
    free(((Set *)self)->table);
}

/* CPython's frozenset_hash: each entry's hash shuffled and xor-ed, so that
 * the order of insertion does not matter, then mixed with the size. */
#define SHUFFLE_XOR 89869747ULL
#define SHUFFLE_MULTIPLIER 3644798167ULL
#define SIZE_MULTIPLIER 1927868237ULL
#define FINAL_MULTIPLIER 69069ULL
#define FINAL_ADDEND 907133923ULL
#define FROZENSET_HASH_FOR_MINUS_ONE 590923713ULL

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ SHUFFLE_XOR) ^ (h << 16)) * SHUFFLE_MULTIPLIER;
}

static uint64_t frozenset_hash(const Object *self)
{
    const Set *s = (const Set *)self;
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++)
        if (is_live(&s->table[i]))
            hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    /* the empty and dummy entries hash as 0 in CPython's sum */
    if ((s->mask + 1 - s->fill) & 1)
        hash ^= shuffle_bits(0);
    hash ^= ((uint64_t)s->used + 1) * SIZE_MULTIPLIER;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * FINAL_MULTIPLIER + FINAL_ADDEND;
    return hash == UINT64_MAX ? FROZENSET_HASH_FOR_MINUS_ONE : hash;
}

/* Equality of frozensets as dict keys: 1, 0, or -1 if an __eq__ raised. */
static int frozenset_key_equal(const Object *a, const Object *b)
{
    if (!is_set(a) || !is_set(b))
        return 0;
    return set_compare(OP_EQ, (Object *)a, (Object *)b);
}

Type SetType = {
    .name = "set",
    .basic_size = sizeof(Set),
    .flags = TYPE_GC | TYPE_WEAKREFABLE | TYPE_UNHASHABLE,
//> 4 set_weaklist_offset
    .weaklist_offset = offsetof(Set, weaklist),
//< 4 set_weaklist_offset
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear,
};

Type FrozenSetType = {
    .name = "frozenset",
    .basic_size = sizeof(Set),
    .flags = TYPE_GC | TYPE_WEAKREFABLE,
//> 4 frozenset_weaklist_offset
    .weaklist_offset = offsetof(Set, weaklist),
//< 4 frozenset_weaklist_offset
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear,
    .hash = frozenset_hash,
    .equal = frozenset_key_equal,
};

/* Add the keys of another set, as CPython's set_merge: one resize up
 * front; into an empty table of the same size the entries are copied where
 * they are, into another empty one placed without comparisons, otherwise
 * added one by one. */
static int merge(Set *s, Object *other_set)
{
    Object *held = newref(other_set);  /* an __eq__ may drop it */
    const Set *o = (const Set *)held;
    int status = 0;
    if (held == (Object *)s || o->used == 0) {
        decref(held);
        return 0;
    }
    if ((s->fill + o->used) * 5 >= s->mask * 3)
        resize(s, (s->used + o->used) * 2);
    if (s->fill == 0) {
        bool same_layout = s->mask == o->mask && o->fill == o->used;
        for (size_t i = 0; i <= o->mask; i++) {
            if (same_layout)
                s->table[i] = o->table[i];
            else if (is_live(&o->table[i]))
                insert_clean(s->table, s->mask, o->table[i].key, o->table[i].hash);
            if (is_live(&o->table[i]))
                incref(o->table[i].key);
        }
        s->fill = s->used = o->used;
    } else {
        for (size_t i = 0; status == 0 && i <= o->mask; i++)
            if (is_live(&o->table[i]))
                status = add_hashed(s, o->table[i].key, o->table[i].hash);
    }
    decref(held);
    return status;
}

/* Add every item of iterable. */
static int update(Object *set, Object *iterable)
{
    if (is_set(iterable))
        return merge((Set *)set, iterable);
    Object *items = list_from_iterable(iterable);
    if (items == NULL)
        return -1;
    int status = 0;
    for (size_t i = 0; status == 0 && i < list_size(items); i++)
        status = set_add(set, list_getitem(items, i));
    decref(items);
    return status;
}

static Object *make(Type *type, Object *iterable)
{
    Object *op = object_new(type, 0);
    Set *s = (Set *)op;
    s->table = new_table(SET_MIN_SIZE);
    s->mask = SET_MIN_SIZE - 1;
    gc_track(op);
    if (iterable != NULL && update(op, iterable) < 0) {
        decref(op);
        return NULL;
    }
    return op;
}

Object *set_new(Object *iterable)
{
    return make(&SetType, iterable);
}

Object *frozenset_new(Object *iterable)
{
    return make(&FrozenSetType, iterable);
}

Object *set_construct(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs > 1)
        return raise("TypeError", "set expected at most 1 argument, got %zu", nargs);
    return set_new(nargs ? args[0] : NULL);
}

Object *frozenset_construct(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs > 1)
        return raise("TypeError", "frozenset expected at most 1 argument, got %zu", nargs);
    /* a frozenset is its own copy, as CPython returns it */
    if (nargs == 1 && args[0]->type == &FrozenSetType)
        return newref(args[0]);
    return frozenset_new(nargs ? args[0] : NULL);
}

/* --- operations ------------------------------------------------------ */

/* b as a set: itself, or a new set of `type` with its items. */
static Object *as_set_of(Type *type, Object *b)
{
    return is_set(b) ? newref(b) : make(type, b);
}

/* Each built as CPython builds it, which decides the result's order. */

/* The keys of a (a set) found in b, or (keep false) not found, added to
 * result in a's order. */
static int filter_into(Object *result, Object *a, Object *b, bool keep)
{
    const Set *f = (const Set *)a;
    for (size_t i = 0; i <= f->mask; i++) {
        if (!is_live(&f->table[i]))
            continue;
        Object *key = newref(f->table[i].key);
        int64_t hash = f->table[i].hash;
        int in = set_contains(b, key);
        int status = in < 0 ? -1 : in == keep ? add_hashed((Set *)result, key, hash) : 0;
        decref(key);
        if (status < 0)
            return -1;
    }
    return 0;
}

/* a & b, b any iterable: a set's smaller side is walked; another
 * iterable's items are walked in order. */
static Object *intersection(Object *a, Object *b)
{
    Object *result = make(a->type, NULL);
    int status = 0;
    if (is_set(b)) {
        bool swap = set_size(b) > set_size(a);
        status = filter_into(result, swap ? a : b, swap ? b : a, true);
    } else {
        Object *items = list_from_iterable(b);
        status = items ? 0 : -1;
        for (size_t i = 0; status == 0 && i < list_size(items); i++) {
            Object *item = list_getitem(items, i);
            int in = set_contains(a, item);
            status = in < 0 ? -1 : in ? set_add(result, item) : 0;
        }
        xdecref(items);
    }
    if (status < 0) {
        decref(result);
        return NULL;
    }
    return result;
}

/* Discard every item of b from s, then drop the dummies if more than a
 * quarter of the table holds them, as CPython's difference_update. */
static int difference_update(Set *s, Object *b)
{
    Object *items = list_from_iterable(b);
    if (items == NULL)
        return -1;
    int status = 0;
    for (size_t i = 0; status >= 0 && i < list_size(items); i++)
        status = discard(s, list_getitem(items, i));
    decref(items);
    if (status < 0)
        return -1;
    if (s->fill - s->used > s->mask / 4)
        resize(s, s->used > SET_GROWTH_SLOWS ? s->used * 2 : s->used * 4);
    return 0;
}

/* A set much larger than what it loses is copied, then pruned. */
#define COPY_THEN_PRUNE_SHIFT 2

/* a - b, b any iterable */
static Object *difference(Object *a, Object *b)
{
    Object *result = make(a->type, NULL);
    int status;
    if (!is_set(b) || (set_size(a) >> COPY_THEN_PRUNE_SHIFT) > set_size(b))
        status = update(result, a) < 0 ? -1 : difference_update((Set *)result, b);
    else
        status = filter_into(result, a, b, false);
    if (status < 0) {
        decref(result);
        return NULL;
    }
    return result;
}

/* Each item of b removed from s if there, else added: CPython's
 * symmetric_difference_update. */
static int toggle_keys(Set *s, Object *b)
{
    Object *other = as_set_of(s->ob.type, b);
    if (other == NULL)
        return -1;
    const Set *o = (const Set *)other;
    int status = 0;
    for (size_t i = 0; status == 0 && i <= o->mask; i++) {
        if (!is_live(&o->table[i]))
            continue;
        Object *key = newref(o->table[i].key);
        int64_t hash = o->table[i].hash;
        status = discard(s, key);
        if (status == 0)
            status = add_hashed(s, key, hash);
        else if (status > 0)
            status = 0;
        decref(key);
    }
    decref(other);
    return status;
}

/* a ^ b: a copy of b with a's keys toggled in it. */
static Object *symmetric_difference(Object *a, Object *b)
{
    Object *result = make(a->type, b);
    if (result != NULL && toggle_keys((Set *)result, a) < 0) {
        decref(result);
        return NULL;
    }
    return result;
}

/* a | b: a copy of a, updated with b. */
static Object *set_union(Object *a, Object *b)
{
    Object *result = make(a->type, a);
    if (result != NULL && update(result, b) < 0) {
        decref(result);
        return NULL;
    }
    return result;
}

Object *set_binary_op(Op op, Object *a, Object *b)
{
    if (!is_set(a) || !is_set(b))
        return NULL;
    switch (op) {
    case OP_BITOR:
        return set_union(a, b);
    case OP_BITAND:
        return intersection(a, b);
    case OP_SUB:
        return difference(a, b);
    case OP_BITXOR:
        return symmetric_difference(a, b);
    default:
        return NULL;
    }
}

/* Swap the tables of two sets, as CPython's set_swap_bodies. */
static void swap_bodies(Set *a, Set *b)
{
    Set saved = *a;
    a->table = b->table;
    a->mask = b->mask;
    a->fill = b->fill;
    a->used = b->used;
    b->table = saved.table;
    b->mask = saved.mask;
    b->fill = saved.fill;
    b->used = saved.used;
}

/* s &= b: s takes the body of s & b. */
static int intersection_update(Set *s, Object *b)
{
    Object *result = intersection((Object *)s, b);
    if (result == NULL)
        return -1;
    swap_bodies(s, (Set *)result);
    decref(result);
    return 0;
}

Object *set_inplace_op(Op op, Object *a, Object *b)
{
    if (a->type != &SetType || !is_set(b))
        return NULL;
    Set *s = (Set *)a;
    int status;
    switch (op) {
    case OP_BITOR:
        status = update(a, b);
        break;
    case OP_BITAND:
        status = intersection_update(s, b);
        break;
    case OP_SUB:
        status = a == b ? (set_clear(a), 0) : difference_update(s, b);
        break;
    case OP_BITXOR:
        status = a == b ? (set_clear(a), 0) : toggle_keys(s, b);
        break;
    default:
        return NULL;
    }
    return status < 0 ? NULL : newref(a);
}

/* Is every key of a in b? */
static int is_subset(Object *a, Object *b)
{
    if (set_size(a) > set_size(b))
        return 0;
    size_t pos = 0;
    Object *key;
    while (set_next(a, &pos, &key)) {
        incref(key);
        int in = set_contains(b, key);
        decref(key);
        if (in <= 0)
            return in;
    }
    return 1;
}

int set_compare(Op op, Object *a, Object *b)
{
    size_t na = set_size(a), nb = set_size(b);
    int result;
    switch (op) {
    case OP_EQ: case OP_NE:
        result = na == nb ? is_subset(a, b) : 0;
        return result < 0 ? -1 : op == OP_EQ ? result : !result;
    case OP_LE:
        return is_subset(a, b);
    case OP_LT:
        return na < nb ? is_subset(a, b) : 0;
    case OP_GE:
        return is_subset(b, a);
    default:
        return nb < na ? is_subset(b, a) : 0;
    }
}

Object *set_repr(Object *op)
{
    bool frozen = op->type == &FrozenSetType;
    if (set_size(op) == 0)
        return str_new(frozen ? "frozenset()" : "set()");
    /* as CPython: the repr of a list of the keys, its brackets replaced */
    Object *keys = list_from_iterable(op);
    Object *inner = keys ? repr_of(keys) : NULL;
    xdecref(keys);
    if (inner == NULL)
        return NULL;
    const char *text = str_chars(inner);
    size_t n = str_length(inner) - 2, extra = frozen ? strlen("frozenset(") + 1 : 0;
    char *out = malloc(n + extra + 3);
    if (out == NULL)
        fatal_out_of_memory("building a repr");
    size_t used = 0;
    if (frozen) {
        memcpy(out, "frozenset(", 10);
        used = 10;
    }
    out[used++] = '{';
    memcpy(out + used, text + 1, n);
    used += n;
    out[used++] = '}';
    if (frozen)
        out[used++] = ')';
    decref(inner);
    Object *result = str_from_bytes(out, used);
    free(out);
    return result;
}

/* --- methods --------------------------------------------------------- */

static Object *set_add_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return set_add(self, args[0]) < 0 ? NULL : newref(None);
}

/* remove (KeyError if absent) and discard (quietly) */
static Object *remove_key(Object *self, Object *key, bool must_exist)
{
    int found = discard((Set *)self, key);
    if (found < 0)
        return NULL;
    return found == 0 && must_exist ? raise_key_error(key) : newref(None);
}

static Object *set_remove_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return remove_key(self, args[0], true);
}

static Object *set_discard_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return remove_key(self, args[0], false);
}

/* From where the last pop left off, as CPython's finger. */
static Object *set_pop_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    Set *s = (Set *)self;
    if (s->used == 0)
        return raise("KeyError", "'pop from an empty set'");
    size_t i = s->finger & s->mask;
    while (!is_live(&s->table[i]))
        i = (i + 1) & s->mask;
    Object *key = s->table[i].key;
    s->table[i] = (SetEntry){DUMMY, DUMMY_HASH};
    s->used--;
    s->finger = i + 1;
    return key;
}

static Object *set_clear_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    set_clear(self);
    return newref(None);
}

static Object *set_copy_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    if (self->type == &FrozenSetType)
        return newref(self);
    return make(self->type, self);
}

/* s.union(a, b, ...) and the others that take any number of iterables,
 * as CPython's set_union, set_intersection_multi, set_difference_multi. */
static Object *set_union_method(Object *self, Object **args, size_t nargs)
{
    Object *result = make(self->type, self);
    for (size_t i = 0; result != NULL && i < nargs; i++)
        if (update(result, args[i]) < 0) {
            decref(result);
            result = NULL;
        }
    return result;
}

static Object *set_intersection_method(Object *self, Object **args, size_t nargs)
{
    Object *result = nargs ? intersection(self, args[0]) : make(self->type, self);
    for (size_t i = 1; result != NULL && i < nargs; i++) {
        Object *next = intersection(result, args[i]);
        decref(result);
        result = next;
    }
    return result;
}

static Object *set_difference_method(Object *self, Object **args, size_t nargs)
{
    Object *result = nargs ? difference(self, args[0]) : make(self->type, self);
    for (size_t i = 1; result != NULL && i < nargs; i++)
        if (difference_update((Set *)result, args[i]) < 0) {
            decref(result);
            result = NULL;
        }
    return result;
}

static Object *set_symmetric_difference_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    Object *other = as_set_of(self->type, args[0]);
    Object *result = other ? symmetric_difference(self, other) : NULL;
    xdecref(other);
    return result;
}

static Object *set_update_method(Object *self, Object **args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (update(self, args[i]) < 0)
            return NULL;
    return newref(None);
}

static Object *set_intersection_update_method(Object *self, Object **args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (intersection_update((Set *)self, args[i]) < 0)
            return NULL;
    return newref(None);
}

static Object *set_difference_update_method(Object *self, Object **args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        if (difference_update((Set *)self, args[i]) < 0)
            return NULL;
    return newref(None);
}

static Object *set_symmetric_difference_update_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return toggle_keys((Set *)self, args[0]) < 0 ? NULL : newref(None);
}

/* issubset, issuperset, isdisjoint: against any iterable */
static Object *relation(Object *self, Object *arg, Op op)
{
    Object *other = as_set_of(&FrozenSetType, arg);
    if (other == NULL)
        return NULL;
    int result;
    if (op == OP_BITAND) {
        Object *common = intersection(self, other);
        result = common ? set_size(common) == 0 : -1;
        xdecref(common);
    } else {
        result = set_compare(op, self, other);
    }
    decref(other);
    return result < 0 ? NULL : bool_from(result);
}

static Object *set_issubset_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return relation(self, args[0], OP_LE);
}

static Object *set_issuperset_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return relation(self, args[0], OP_GE);
}

static Object *set_isdisjoint_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return relation(self, args[0], OP_BITAND);
}

/* The methods a frozenset shares with a set come first in set_methods. */
#define SHARED_METHODS \
    {"copy", set_copy_method, 0, 0, ARGS_NONE}, \
    {"union", set_union_method, 0, -1, ARGS_POSITIONAL}, \
    {"intersection", set_intersection_method, 0, -1, ARGS_POSITIONAL}, \
    {"difference", set_difference_method, 0, -1, ARGS_POSITIONAL}, \
    {"symmetric_difference", set_symmetric_difference_method, 1, 1, ARGS_ONE}, \
    {"issubset", set_issubset_method, 1, 1, ARGS_ONE}, \
    {"issuperset", set_issuperset_method, 1, 1, ARGS_ONE}, \
    {"isdisjoint", set_isdisjoint_method, 1, 1, ARGS_ONE}

const BuiltinDef set_methods[] = {
    SHARED_METHODS,
    {"add", set_add_method, 1, 1, ARGS_ONE},
    {"remove", set_remove_method, 1, 1, ARGS_ONE},
    {"discard", set_discard_method, 1, 1, ARGS_ONE},
    {"pop", set_pop_method, 0, 0, ARGS_NONE},
    {"clear", set_clear_method, 0, 0, ARGS_NONE},
    {"update", set_update_method, 0, -1, ARGS_POSITIONAL},
    {"intersection_update", set_intersection_update_method, 0, -1, ARGS_POSITIONAL},
    {"difference_update", set_difference_update_method, 0, -1, ARGS_POSITIONAL},
    {"symmetric_difference_update", set_symmetric_difference_update_method, 1, 1, ARGS_ONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

const BuiltinDef frozenset_methods[] = {
    SHARED_METHODS,
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};
