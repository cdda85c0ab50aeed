/* iter.c: iterating, for `for` loops and for built-ins that take an
 * iterable.  Chapter 2 (the runner).  CPython: the tp_iter of each type.
 *
 * CPython makes an iterator object; ours is a C struct on the stack of the
 * loop, holding the same reference to the iterated object. */
#include <string.h>

#include "dict.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc
#include "error.h"
#include "instance.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "minipy.h"
#include "ops.h"
#include "enumobject.h"
#include "set.h"
#include "protocols.h"
#include "str.h"
//> 4 include_weakdict
#include "mod_weakref.h"
#include "weakdict.h"
#include "weakproxy.h"
#include "weakset.h"
//< 4 include_weakdict
//> 5 iter_include_generator
#include "generator.h"
//< 5 iter_include_generator

int iter_start(Iter *it, Object *iterable)
{
//> 4 iterate_weakdict
    /* A weak dictionary is walked over its keys (CPython: __iter__ is
     * keys), with the removal of dead entries put off meanwhile. */
    if (is_weakset(iterable) && weakset_dict(iterable) != NULL)
        iterable = weakset_dict(iterable);
    if (is_proxy(iterable)) { /* iterates what it stands for */
        Object *referent = proxy_referent(iterable);
        int status = referent ? iter_start(it, referent) : -1;
        xdecref(referent);
        return status;
    }
    if (is_weakdict(iterable) || iterable->type == &WeakDictWalkType) {
        *it = (Iter){.seq = is_weakdict(iterable) ? weakdict_walk_new(iterable, VIEW_KEYS)
                                                  : newref(iterable)};
        return 0;
    }
//< 4 iterate_weakdict
//> 5 iterate_generator
    if (iterable->type == &GeneratorType) {
        *it = (Iter){.seq = newref(iterable)};
        return 0;
    }
//< 5 iterate_generator
    const Type *t = iterable->type;
//> 7 iterate_trace_traceback
    if (t == &TraceTracebackType) {
        *it = (Iter){.seq = trace_traceback_frames(iterable)};
        return 0;
    }
//< 7 iterate_trace_traceback
    /* a class's iterator, or the old protocol of __getitem__ from 0 on */
    if (is_iterobject(iterable) || (is_instance(iterable) && (has_special(iterable, "__iter__") ||
                                                              has_special(iterable, "__getitem__")))) {
        bool own = is_instance(iterable) && has_special(iterable, "__iter__");
        *it = (Iter){.seq = own ? get_iter(iterable) : newref(iterable)};
        return it->seq ? 0 : -1;
    }
    if (t != &ListType && t != &TupleType && t != &StrType && t != &DictType &&
        t != &RangeType && !is_view(iterable) && !is_set(iterable) &&
        !is_iterator_object(iterable)) {
        raise("TypeError", "'%s' object is not iterable", type_name(iterable));
        return -1;
    }
    it->seq = newref(iterable);
    it->pos = 0;
    Object *dict = is_view(iterable) ? ((View *)iterable)->dict : iterable;
    it->dict_size = dict->type == &DictType ? dict_size(dict)
                    : is_set(dict)             ? set_size(dict)
                                               : 0;
    return 0;
}

static Object *next_of_dict(Iter *it, Object *dict, ViewKind kind)
{
    if (dict_size(dict) != it->dict_size)
        return raise("RuntimeError", "dictionary changed size during iteration");
    size_t pos = (size_t)it->pos;
    Object *key, *value;
    if (!dict_next(dict, &pos, &key, &value))
        return NULL;
    it->pos = (long)pos;
    if (kind == VIEW_KEYS)
        return newref(key);
    if (kind == VIEW_VALUES)
        return newref(value);
    Object *pair[2] = {newref(key), newref(value)};
    return tuple_from(pair, 2);
}

/* data and text (data): a set's keys in table order; it->pos is the next
 * entry of the table to look at. */
static Object *next_of_set(Iter *it)
{
    if (set_size(it->seq) != it->dict_size) {
        it->dict_size = (size_t)-1; /* and stays changed, as CPython's */
        return raise("RuntimeError", "Set changed size during iteration");
    }
    size_t pos = (size_t)it->pos;
    Object *key;
    if (!set_next(it->seq, &pos, &key))
        return NULL;
    it->pos = (long)pos;
    return newref(key);
}

/* The UTF-8 character starting at byte pos. */
static Object *next_char(Iter *it)
{
    const char *s = str_chars(it->seq);
    long n = (long)str_length(it->seq), start = it->pos;
    if (start >= n)
        return NULL;
    do
        it->pos++;
    while (it->pos < n && ((unsigned char)s[it->pos] & 0xC0) == 0x80);
    return str_from_bytes(s + start, (size_t)(it->pos - start));
}

/* obj[pos] for pos = 0, 1, ... until IndexError, as CPython's
 * iterator over a class that has __getitem__ but no __iter__. */
static Object *next_by_index(Iter *it)
{
    Object *index = int_new(it->pos++);
    Object *item = call_special(it->seq, "__getitem__", &index, 1);
    decref(index);
    if (item == NULL && strcmp(error_type(), "IndexError") == 0)
        error_clear();
    return item;
}

Object *iter_next(Iter *it)
{
    Object *seq = it->seq;
    const Type *t = seq->type;
    if (is_iterobject(seq))
        return iterobject_next(seq);
//> 5 next_of_generator
    if (t == &GeneratorType)
        return gen_iternext(seq);
//< 5 next_of_generator
    if (is_instance(seq))
        return is_iterator(seq) ? next_of(seq) : next_by_index(it);
    if (t == &ListType)
        return it->pos < (long)list_size(seq) ? newref(list_getitem(seq, (size_t)it->pos++))
                                              : NULL;
    if (t == &TupleType)
        return it->pos < (long)((Tuple *)seq)->ob.size ? newref(((Tuple *)seq)->items[it->pos++])
                                                       : NULL;
    if (t == &RangeType)
        return (uint64_t)it->pos < range_length(seq) ? int_new(range_item(seq, (uint64_t)it->pos++))
                                                     : NULL;
    if (t == &StrType)
        return next_char(it);
    if (t == &DictType)
        return next_of_dict(it, seq, VIEW_KEYS);
    if (is_set(seq))
        return next_of_set(it);
    if (is_iterator_object(seq))
        return iterator_object_next(seq);
//> 4 walk_weakdict
    if (t == &WeakDictWalkType)
        return weakdict_walk_next(seq);
//< 4 walk_weakdict
    return next_of_dict(it, ((View *)seq)->dict, ((View *)seq)->kind);
}

void iter_end(Iter *it)
{
    decref(it->seq);
}

int iter_drain(Iter *it, Object *list)
{
    Object *item;
    while ((item = iter_next(it)) != NULL) {
        list_append(list, item);
        decref(item);
    }
    iter_end(it);
    return error_occurred() ? -1 : 0;
}

Object *list_from_iterable(Object *iterable)
{
    Iter it;
    if (iter_start(&it, iterable) < 0)
        return NULL;
    Object *list = list_new();
    if (iter_drain(&it, list) < 0) {
        decref(list);
        return NULL;
    }
    return list;
}
