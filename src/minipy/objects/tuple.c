/* tuple.c: tuples, which the subset meets where CPython returns them
 * (dict.items(), later gc.get_count()) and in (a, b) displays.  Chapter 2 (the
 * runner).  CPython: Objects/tupleobject.c. */
#include <stdlib.h>

#include "minipy.h"

#include "gc.h"
#include "list.h"
#include "table.h"

/* Last item first, as CPython's tupletraverse (and our list's). */
static int tuple_traverse(Object *self, visitproc visit, void *arg)
{
    Tuple *t = (Tuple *)self;
    for (size_t i = t->ob.size; i-- > 0;) {
        int stop = t->items[i] ? visit(t->items[i], arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

/* A tuple cannot be emptied by a program; clear exists for the collector. */
static void tuple_clear(Object *self)
{
    Tuple *t = (Tuple *)self;
/*< 4 tuple_release_order
    for (size_t i = 0; i < t->ob.size; i++) {
*/
//> 4 tuple_release_order
    /* Last to first, as CPython's tupledealloc: the order in which weak
     * references' callbacks see the items go. */
    for (size_t i = t->ob.size; i-- > 0;) {
//< 4 tuple_release_order
        Object *item = t->items[i];
        t->items[i] = NULL;
        xdecref(item);
    }
}

/* A tuple is a key by value: its items' hashes combined, in order (the
 * multiplier is FNV-1a's prime; CPython uses xxHash's). */
#define TUPLE_HASH_PRIME 1099511628211ULL
#define TUPLE_HASH_SEED 14695981039346656037ULL

static uint64_t tuple_hash(const Object *self)
{
    const Tuple *t = (const Tuple *)self;
    uint64_t hash = TUPLE_HASH_SEED;
    for (size_t i = 0; i < t->ob.size; i++) {
        uint64_t item = key_hash(t->items[i]);
        if (item == HASH_FAILED)
            return HASH_FAILED;
        hash = (hash ^ item) * TUPLE_HASH_PRIME;
    }
    return hash == HASH_FAILED ? HASH_FAILED - 1 : hash;
}

/* 1, 0, or -1 if an item's equal failed. */
static int tuple_equal(const Object *a, const Object *b)
{
    if (a->type != &TupleType || b->type != &TupleType)
        return 0;
    const Tuple *x = (const Tuple *)a, *y = (const Tuple *)b;
    if (x->ob.size != y->ob.size)
        return 0;
    for (size_t i = 0; i < x->ob.size; i++) {
        int same = key_equal(x->items[i], y->items[i]);
        if (same != 1)
            return same;
    }
    return 1;
}

Type TupleType = {
    .name = "tuple",
    .basic_size = sizeof(Tuple),
    .item_size = sizeof(Object *),
    .flags = TYPE_GC,
    .dealloc = tuple_clear,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .hash = tuple_hash,
    .equal = tuple_equal,
};

/* Tracked unless empty, as CPython tracks a tuple it creates (its collector
 * later untracks tuples of atoms; ours does not). */
Object *tuple_from(Object **items, size_t count)
{
    Object *op = object_new(&TupleType, count);
    Tuple *t = (Tuple *)op;
    for (size_t i = 0; i < count; i++)
        t->items[i] = items[i];
    if (count > 0)
        gc_track(op);
    return op;
}

/* The list's items move to the tuple.  They leave the list before the
 * tuple is allocated: the allocation may start a collection whose callbacks
 * (chapter 3) find the list through gc.get_objects() and change it. */
Object *tuple_from_list(Object *list)
{
    List *l = (List *)list;
    Object **items = l->items;
    size_t count = l->size;
    l->items = NULL;
    l->size = l->capacity = 0;
    Object *tuple = tuple_from(items, count);
    list_items_free(items);
    decref(list);
    return tuple;
}
