/* enumobject.c: enumerate, zip, map, filter and reversed objects.
 * Chapter 2 (the runner).  CPython: Objects/enumobject.c,
 * Python/bltinmodule.c (zip, map, filter). */
#include "enumobject.h"

#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "protocols.h"
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
    bool strict;  /* zip(..., strict=True): sources of unequal lengths raise */
    Object *function; /* a map's, called with one item of each source; NULL for zip */
} Zip;

/* iter(callable, sentinel): callable's results until one equals sentinel.
 * callable is NULL once it has. */
typedef struct CallIter {
    Object ob;
    Object *callable, *sentinel;
} CallIter;

/* filter(function, iterable): the items for which function (or, if it is
 * None, the item itself) is true. */
typedef struct Filter {
    Object ob;
    Object *function;
    Iter source;
} Filter;

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
    int stop = z->function ? visit(z->function, arg) : 0;
    if (stop)
        return stop;
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
    Object *function = z->function;
    z->function = NULL;
    for (size_t i = 0; i < z->n; i++)
        end_iter(&z->sources[i]);
    xdecref(function);
}

static int filter_traverse(Object *self, visitproc visit, void *arg)
{
    Filter *f = (Filter *)self;
    int stop = visit(f->function, arg);
    return stop ? stop : visit_iter(&f->source, visit, arg);
}

static void filter_clear(Object *self)
{
    Filter *f = (Filter *)self;
    end_iter(&f->source);
}

static int calliter_traverse(Object *self, visitproc visit, void *arg)
{
    CallIter *c = (CallIter *)self;
    int stop = c->callable ? visit(c->callable, arg) : 0;
    return stop ? stop : c->sentinel ? visit(c->sentinel, arg) : 0;
}

static void calliter_clear(Object *self)
{
    CallIter *c = (CallIter *)self;
    Object *callable = c->callable, *sentinel = c->sentinel;
    c->callable = c->sentinel = NULL;
    xdecref(callable);
    xdecref(sentinel);
}

static void filter_dealloc(Object *self)
{
    filter_clear(self);
    decref(((Filter *)self)->function);
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

/* Each is a tracked container, as CPython's iterators over objects are. */
#define ITERATOR_OBJECT_TYPE(type_name, object, release, visit, drop)                       \
    {.name = type_name, .basic_size = sizeof(object), .flags = TYPE_GC, .dealloc = release, \
     .traverse = visit, .clear = drop}

Type EnumerateType = ITERATOR_OBJECT_TYPE("enumerate", Enumerate, enumerate_clear,
                                          enumerate_traverse, enumerate_clear);
Type ZipType = ITERATOR_OBJECT_TYPE("zip", Zip, zip_dealloc, zip_traverse, zip_clear);
Type MapType = ITERATOR_OBJECT_TYPE("map", Zip, zip_dealloc, zip_traverse, zip_clear);
Type FilterType =
    ITERATOR_OBJECT_TYPE("filter", Filter, filter_dealloc, filter_traverse, filter_clear);
Type CallIterType = ITERATOR_OBJECT_TYPE("callable_iterator", CallIter, calliter_clear,
                                         calliter_traverse, calliter_clear);
Type ReversedType =
    ITERATOR_OBJECT_TYPE("reversed", Reversed, reversed_clear, reversed_traverse, reversed_clear);

bool is_iterator_object(const Object *op)
{
    return op->type == &EnumerateType || op->type == &ZipType || op->type == &MapType ||
           op->type == &FilterType || op->type == &CallIterType || op->type == &ReversedType;
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

/* Source `ended` of a strict zip has ended (numbered from 0): the
 * ValueError CPython raises if the others have not ended with it. */
static void check_strict_end(Zip *z, size_t ended)
{
    bool longer = false;
    size_t other = ended;
    while (ended == 0 && !longer && !error_occurred() && ++other < z->n) {
        Object *item = take(&z->sources[other]);
        longer = item != NULL;
        xdecref(item);
    }
    if (error_occurred() || (ended == 0 && !longer))
        return;
    size_t culprit = ended == 0 ? other : ended;
    const char *plural = culprit > 1 ? "s 1-" : " ";
    if (culprit > 1)
        raise("ValueError", "zip() argument %zu is %s than argument%s%zu", culprit + 1,
              longer ? "longer" : "shorter", plural, culprit);
    else
        raise("ValueError", "zip() argument %zu is %s than argument%s1", culprit + 1,
              longer ? "longer" : "shorter", plural);
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
            if (z->strict && !error_occurred())
                check_strict_end(z, i);
            zip_clear((Object *)z);
            return NULL;
        }
    Object *result;
    if (z->function) {
        Object *function = newref(z->function); /* the call may clear the map */
        result = call_object(function, items, z->n);
        decref(function);
    } else {
        result = tuple_from(items, z->n);
    }
    free(items);
    return result;
}

/* The callable's next result; none once it returned the sentinel or
 * raised StopIteration. */
static Object *calliter_next(CallIter *c)
{
    if (c->callable == NULL)
        return NULL;
    Object *callable = newref(c->callable); /* the call may clear c */
    Object *result = call_object(callable, NULL, 0);
    decref(callable);
    if (result == NULL) {
        if (strcmp(error_type(), "StopIteration") == 0) {
            error_clear();
            calliter_clear((Object *)c);
        }
        return NULL;
    }
    int same = c->sentinel ? equal(result, c->sentinel) : 0;
    if (same != 0) {
        decref(result);
        if (same > 0)
            calliter_clear((Object *)c);
        return NULL;
    }
    return result;
}

static Object *filter_next(Filter *f)
{
    Object *item;
    while ((item = take(&f->source)) != NULL) {
        Object *verdict = item;
        if (f->function != None) {
            Object *function = newref(f->function); /* the call may clear the filter */
            verdict = call_object(function, (Object *[]){newref(item)}, 1);
            decref(function);
        }
        int truth = verdict ? user_truth(verdict) : -1;
        if (verdict != item)
            xdecref(verdict);
        if (truth > 0)
            return item;
        decref(item);
        if (truth < 0)
            return NULL;
    }
    return NULL;
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
    if (op->type == &ZipType || op->type == &MapType)
        return zip_next((Zip *)op);
    if (op->type == &FilterType)
        return filter_next((Filter *)op);
    if (op->type == &CallIterType)
        return calliter_next((CallIter *)op);
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


enum { ZIP_STRICT, ZIP_KEYWORDS };

/* zip(*iterables, strict=False) */
static Object *zip_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    int strict = kwargs[ZIP_STRICT] ? user_truth(kwargs[ZIP_STRICT]) : 0;
    if (strict < 0)
        return NULL;
    Object *op = zip_construct(self, args, nargs);
    if (op != NULL)
        ((Zip *)op)->strict = strict;
    return op;
}

static const char *const zip_keyword_names[] = {"strict", NULL};

/* A zip, or a map of function, over the iterables args[0..nargs). */
static Object *zip_new(Type *type, Object *function, Object **args, size_t nargs)
{
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
    Object *op = object_new(type, 0);
    Zip *z = (Zip *)op;
    z->n = nargs;
    z->sources = sources;
    z->function = function ? newref(function) : NULL;
    gc_track(op);
    return op;
}

Object *zip_construct(Object *self, Object **args, size_t nargs)
{
    (void)self;
    return zip_new(&ZipType, NULL, args, nargs);
}

Object *filter_construct(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs != 2)
        return raise("TypeError", "filter expected 2 arguments, got %zu", nargs);
    Iter source;
    if (iter_start(&source, args[1]) < 0)
        return NULL;
    Object *op = object_new(&FilterType, 0);
    Filter *f = (Filter *)op;
    f->function = newref(args[0]);
    f->source = source;
    gc_track(op);
    return op;
}

Object *map_construct(Object *self, Object **args, size_t nargs)
{
    if (nargs < 2)
        return raise("TypeError", "map() must have at least two arguments.");
    (void)self;
    return zip_new(&MapType, args[0], args + 1, nargs - 1);
}

Object *callable_iterator_new(Object *callable, Object *sentinel)
{
    if (!is_callable(callable))
        return raise("TypeError", "iter(v, w): v must be callable");
    Object *op = object_new(&CallIterType, 0);
    CallIter *c = (CallIter *)op;
    c->callable = newref(callable);
    c->sentinel = newref(sentinel);
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

const KeywordDef enumerate_keyword_defs[] = {
    {enumerate_construct, enumerate_keyword_names, enumerate_keywords, ENUMERATE_KEYWORDS, NULL,
     true},
    {zip_construct, zip_keyword_names, zip_keywords, 0, NULL, false},
    {NULL, NULL, NULL, 0, NULL, false},
};
