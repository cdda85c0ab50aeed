/* iterobject.c: iterators as objects, for iter(), next() and a class's
 * __iter__.  Chapter 2 (the runner).  CPython: Objects/iterobject.c,
 * Objects/listobject.c (list_iterator), Objects/dictobject.c
 * (dict_keyiterator, ...).
 *
 * A `for` loop keeps its position in a C struct (Iter, iter.c); iter(x)
 * wraps the same struct in an object, which holds what it iterates: an
 * iterator kept in a variable keeps its list alive, as CPython's does. */
#include "iterobject.h"

#include <string.h>

#include "dict.h"
#include "enumobject.h"
#include "error.h"
#include "gc.h"
#include "instance.h"
#include "list.h"
#include "minipy.h"
#include "protocols.h"
#include "str.h"
//> 5 iterobject_include_generator
#include "generator.h"
//< 5 iterobject_include_generator

typedef struct IterObject {
    Object ob;
    Iter it;       /* it.seq is NULL once the iterator is exhausted or cleared */
} IterObject;

static int iterobject_traverse(Object *self, visitproc visit, void *arg)
{
    Object *seq = ((IterObject *)self)->it.seq;
    return seq ? visit(seq, arg) : 0;
}

static void iterobject_clear(Object *self)
{
    Object *seq = ((IterObject *)self)->it.seq;
    ((IterObject *)self)->it.seq = NULL;
    xdecref(seq);
}

/* One type per kind of iterable, named as CPython 3.11 names them.  A
 * range's iterator holds nothing that could be part of a cycle, so CPython
 * does not track it, and neither do we. */
#define ITERATOR_TYPE(type_name)                                                         \
    {.name = type_name, .basic_size = sizeof(IterObject), .flags = TYPE_GC,           \
     .dealloc = iterobject_clear, .traverse = iterobject_traverse, .clear = iterobject_clear}
#define UNTRACKED_ITERATOR_TYPE(type_name)                                               \
    {.name = type_name, .basic_size = sizeof(IterObject), .dealloc = iterobject_clear}

Type iterator_types[ITERATOR_KINDS] = {
    ITERATOR_TYPE("list_iterator"),     ITERATOR_TYPE("tuple_iterator"),
    ITERATOR_TYPE("str_ascii_iterator"), UNTRACKED_ITERATOR_TYPE("range_iterator"),
    ITERATOR_TYPE("dict_keyiterator"),  ITERATOR_TYPE("dict_valueiterator"),
    ITERATOR_TYPE("dict_itemiterator"), ITERATOR_TYPE("iterator"),
};

static Type *iterator_type_for(const Object *seq)
{
    const Type *t = seq->type;
    size_t k = t == &ListType ? 0 : t == &TupleType ? 1 : t == &StrType ? 2
             : t == &RangeType ? 3 : t == &DictType ? 4 : 7;
    if (is_view(seq))
        k = 4 + (size_t)((const View *)seq)->kind;
    return &iterator_types[k];
}

bool is_iterobject(const Object *op)
{
    return op->type >= iterator_types && op->type < iterator_types + ITERATOR_KINDS;
}

bool is_iterator(Object *op)
{
/*< 5 is_iterator
    return is_iterobject(op) || is_iterator_object(op) ||
           (is_instance(op) && has_special(op, "__next__"));
*/
//> 5 is_iterator_generator
    return is_iterobject(op) || is_iterator_object(op) || op->type == &GeneratorType ||
           (is_instance(op) && has_special(op, "__next__"));
//< 5 is_iterator_generator
}

Object *iterobject_next(Object *self)
{
    IterObject *io = (IterObject *)self;
    if (io->it.seq == NULL)
        return NULL;
    Object *item = iter_next(&io->it);
    if (item == NULL && !error_occurred())
        iterobject_clear(self);  /* exhausted: it lets go of what it iterated */
    return item;
}

Object *get_iter(Object *obj)
{
/*< 5 get_iter_itself
    if (is_iterobject(obj) || is_iterator_object(obj))
        return newref(obj);
*/
//> 5 get_iter_generator
    if (is_iterobject(obj) || is_iterator_object(obj) || obj->type == &GeneratorType)
        return newref(obj);
//< 5 get_iter_generator
    if (is_instance(obj) && has_special(obj, "__iter__")) {
        Object *result = call_special(obj, "__iter__", NULL, 0);
        if (result != NULL && !is_iterator(result)) {
            raise("TypeError", "iter() returned non-iterator of type '%s'", type_name(result));
            decref(result);
            return NULL;
        }
        return result;
    }
    Iter it;
    if (iter_start(&it, obj) < 0)
        return NULL;
    Object *op = object_new(iterator_type_for(obj), 0);
    ((IterObject *)op)->it = it;
    if (is_gc(op))
        gc_track(op);
    return op;
}

Object *next_of(Object *iterator)
{
    if (is_iterobject(iterator))
        return iterobject_next(iterator);
    if (is_iterator_object(iterator))
        return iterator_object_next(iterator);
//> 5 next_generator
    if (iterator->type == &GeneratorType)
        return gen_iternext(iterator);
//< 5 next_generator
    if (!is_iterator(iterator))
        return raise("TypeError", "'%s' object is not an iterator", type_name(iterator));
    Object *item = call_special(iterator, "__next__", NULL, 0);
    if (item == NULL && strcmp(error_type(), "StopIteration") == 0)
        error_clear();
    return item;
}
