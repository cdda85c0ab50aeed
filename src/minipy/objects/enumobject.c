/* enumobject.c: enumerate, zip and reversed objects.  Chapter 2 (the
 * runner).  CPython: Objects/enumobject.c, Python/bltinmodule.c (zip). */
#include "enumobject.h"

#include <stdlib.h>

#include "call.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"

/* An Iter whose seq is NULL is finished (or cleared by the collector). */
typedef struct Enumerate {
    Object ob;
    Iter source;
    long count;
} Enumerate;

typedef struct Zip {
    Object ob;
    size_t n;
    Iter *sources;
} Zip;

/* A list, tuple, str or range, read from the back by index. */
typedef struct Reversed {
    Object ob;
    Object *seq;
    long index;   /* of the next item; -1 when done */
} Reversed;

static int visit_iter(const Iter *it, visitproc visit, void *arg)
{
    return it->seq ? visit(it->seq, arg) : 0;
}

static void end_iter(Iter *it)
{
    Object *seq = it->seq;
    it->seq = NULL;
    xdecref(seq);
}

static int enumerate_traverse(Object *self, visitproc visit, void *arg)
{
    return visit_iter(&((Enumerate *)self)->source, visit, arg);
}

static void enumerate_clear(Object *self)
{
    end_iter(&((Enumerate *)self)->source);
}

static int zip_traverse(Object *self, visitproc visit, void *arg)
{
    Zip *z = (Zip *)self;
    for (size_t i = 0; i < z->n; i++) {
        int stop = visit_iter(&z->sources[i], visit, arg);
        if (stop)
            return stop;
    }
    return 0;
}

static void zip_clear(Object *self)
{
    Zip *z = (Zip *)self;
    for (size_t i = 0; i < z->n; i++)
        end_iter(&z->sources[i]);
}

static void zip_dealloc(Object *self)
{
    zip_clear(self);
    free(((Zip *)self)->sources);
}

static int reversed_traverse(Object *self, visitproc visit, void *arg)
{
    Object *seq = ((Reversed *)self)->seq;
    return seq ? visit(seq, arg) : 0;
}

static void reversed_clear(Object *self)
{
    Reversed *r = (Reversed *)self;
    Object *seq = r->seq;
    r->seq = NULL;
    xdecref(seq);
}

Type EnumerateType = {
    .name = "enumerate", .basic_size = sizeof(Enumerate), .flags = TYPE_GC,
    .dealloc = enumerate_clear, .traverse = enumerate_traverse, .clear = enumerate_clear,
};

Type ZipType = {
    .name = "zip", .basic_size = sizeof(Zip), .flags = TYPE_GC,
    .dealloc = zip_dealloc, .traverse = zip_traverse, .clear = zip_clear,
};

Type ReversedType = {
    .name = "reversed", .basic_size = sizeof(Reversed), .flags = TYPE_GC,
    .dealloc = reversed_clear, .traverse = reversed_traverse, .clear = reversed_clear,
};

bool is_iterator_object(const Object *op)
{
    return op->type == &EnumerateType || op->type == &ZipType || op->type == &ReversedType;
}

/* The next item of a source, ending it at its end. */
static Object *take(Iter *it)
{
    if (it->seq == NULL)
        return NULL;
    Object *item = iter_next(it);
    if (item == NULL)
        end_iter(it);
    return item;
}

static Object *enumerate_next(Enumerate *e)
{
    Object *item = take(&e->source);
    if (item == NULL)
        return NULL;
    Object *pair[] = {int_new(e->count++), item};
    return tuple_from(pair, 2);
}

/* A tuple of one item of each source; none once any source ends. */
static Object *zip_next(Zip *z)
{
    if (z->n == 0)
        return NULL;
    Object **items = calloc(z->n, sizeof *items);
    if (items == NULL)
        fatal_out_of_memory("zipping");
    for (size_t i = 0; i < z->n; i++)
        if ((items[i] = take(&z->sources[i])) == NULL) {
            release_all(items, i);
            free(items);
            zip_clear((Object *)z);
            return NULL;
        }
    Object *tuple = tuple_from(items, z->n);
    free(items);
    return tuple;
}

static Object *reversed_next(Reversed *r)
{
    if (r->seq == NULL || r->index < 0)
        return NULL;
    long size = length(r->seq);
    if (size < 0)
        return NULL;
    if (r->index >= size) { /* the list shrank: CPython's iterator stops */
        reversed_clear((Object *)r);
        return NULL;
    }
    Object *index = int_new(r->index--);
    Object *item = get_item(r->seq, index);
    decref(index);
    return item;
}

Object *iterator_object_next(Object *op)
{
    if (op->type == &EnumerateType)
        return enumerate_next((Enumerate *)op);
    if (op->type == &ZipType)
        return zip_next((Zip *)op);
    return reversed_next((Reversed *)op);
}

enum { ENUMERATE_ITERABLE, ENUMERATE_START, ENUMERATE_KEYWORDS };

/* enumerate(iterable, start=0), by position or by name. */
static Object *enumerate_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self, (void)args;
    Object *iterable = kwargs[ENUMERATE_ITERABLE], *start_arg = kwargs[ENUMERATE_START];
    /* CPython 3.11's parser, finding no iterable, names start as invalid */
    if (iterable == NULL && start_arg != NULL && nargs == 0)
        return raise("TypeError", "'start' is an invalid keyword argument for enumerate()");
    if (iterable == NULL)
        return raise("TypeError", "enumerate() missing required argument 'iterable'");
    long start = 0;
    if (start_arg != NULL) {
        if (!is_int(start_arg))
            return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                         type_name(start_arg));
        start = as_long(start_arg);
    }
    Iter source;
    if (iter_start(&source, iterable) < 0)
        return NULL;
    Object *op = object_new(&EnumerateType, 0);
    Enumerate *e = (Enumerate *)op;
    e->source = source;
    e->count = start;
    gc_track(op);
    return op;
}

Object *enumerate_construct(Object *self, Object **args, size_t nargs)
{
    if (nargs > ENUMERATE_KEYWORDS)
        return raise("TypeError", "enumerate() takes at most %d arguments (%zu given)",
                     ENUMERATE_KEYWORDS, nargs);
    return call_keywords_by_position(enumerate_keywords, self, args, nargs);
}

static const char *const enumerate_keyword_names[] = {"iterable", "start", NULL};

const KeywordDef enumerate_keyword_defs[] = {
    {enumerate_construct, enumerate_keyword_names, enumerate_keywords, ENUMERATE_KEYWORDS, NULL,
     true},
    {NULL, NULL, NULL, 0, NULL, false},
};

Object *zip_construct(Object *self, Object **args, size_t nargs)
{
    (void)self;
    Iter *sources = calloc(nargs + 1, sizeof *sources);
    if (sources == NULL)
        fatal_out_of_memory("zipping");
    for (size_t i = 0; i < nargs; i++)
        if (iter_start(&sources[i], args[i]) < 0) {
            for (size_t j = 0; j < i; j++)
                end_iter(&sources[j]);
            free(sources);
            return NULL;
        }
    Object *op = object_new(&ZipType, 0);
    Zip *z = (Zip *)op;
    z->n = nargs;
    z->sources = sources;
    gc_track(op);
    return op;
}

Object *reversed_construct(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs != 1)
        return raise("TypeError", "reversed expected 1 argument, got %zu", nargs);
    const Type *t = args[0]->type;
    if (t == &DictType)
        return raise("NotImplementedError", "reversed() of a dict is not part of minipy's subset");
    if (t != &ListType && t != &TupleType && t != &StrType && t != &RangeType)
        return raise("TypeError", "'%s' object is not reversible", type_name(args[0]));
    long size = length(args[0]);
    if (size < 0)
        return NULL;
    Object *op = object_new(&ReversedType, 0);
    Reversed *r = (Reversed *)op;
    r->seq = newref(args[0]);
    r->index = size - 1;
    gc_track(op);
    return op;
}
