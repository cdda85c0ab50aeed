/* Chapter 1 exercise pair.  A reference solution; the specification is in
 * exercises/01-reference-counting/pair.c.
 *
 * Freeing a chain of a million pairs does not recurse a million deep: the
 * dealloc (which is pair_clear) only decrefs, and a count that reaches zero
 * more than 50 deaths deep puts the object in the trashcan of src/dealloc.c
 * instead of freeing it there and then. */
#include "runtime.h"

typedef struct Pair {
    Object ob;
    Object *first;  /* strong; NULL after clear */
    Object *second; /* strong; NULL after clear */
} Pair;

extern Type PairType; /* defined at the end, after its functions */

static Pair *as_pair(const Object *op)
{
    if (op->type != &PairType)
        fatal_misuse(op, "expected a pair");
    return (Pair *)op;
}

Object *pair_new(Object *first, Object *second)
{
    Object *op = object_new(&PairType, 0);
    Pair *p = (Pair *)op;
    p->first = newref(first);
    p->second = newref(second);
    return op;
}

Object *pair_first(Object *pair)
{
    return as_pair(pair)->first;
}

Object *pair_second(Object *pair)
{
    return as_pair(pair)->second;
}

/* Detaches both references before releasing either, so that code run by a
 * release sees an empty pair; a second call finds NULLs and does nothing. */
static void pair_clear(Object *self)
{
    Pair *p = as_pair(self);
    Object *first = p->first, *second = p->second;
    p->first = p->second = NULL;
    xdecref(first);
    xdecref(second);
}

static int pair_traverse(Object *self, visitproc visit, void *arg)
{
    Pair *p = as_pair(self);
    int stop = p->first ? visit(p->first, arg) : 0;
    if (stop == 0 && p->second)
        stop = visit(p->second, arg);
    return stop;
}

Type PairType = {
    .name = "pair",
    .basic_size = sizeof(Pair),
    .flags = TYPE_GC,
    .dealloc = pair_clear,
    .traverse = pair_traverse,
    .clear = pair_clear,
};
