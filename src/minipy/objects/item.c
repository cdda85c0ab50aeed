/* item.c: subscripts, obj[key].  Chapter 2 (the runner).
 * CPython: Objects/abstract.c (PyObject_GetItem) and the sequence types. */
#include <string.h>

#include "dict.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc
#include "error.h"
#include "instance.h"
#include "int.h"
#include "list.h"
#include "minipy.h"
#include "ops.h"
#include "slice.h"
#include "protocols.h"
#include "str.h"
//> 4 include_weakref
#include "mod_weakref.h"
#include "weakdict.h"
#include "weakproxy.h"
#include "weakref.h"
//< 4 include_weakref

/* A tuple is hashable when its items are. */
bool check_hashable(const Object *key)
{
    if (key->type == &TupleType) {
        const Tuple *t = (const Tuple *)key;
        if (!enter_recursive(" while hashing a tuple"))
            return false;
        bool hashable = true;
        for (size_t i = 0; hashable && i < t->ob.size; i++)
            hashable = check_hashable(t->items[i]);
        leave_recursive();
        return hashable;
    }
//> 4 hash_weakref
    if (is_weakref(key))
        return weakref_check_hashable((Object *)key);
//< 4 hash_weakref
    if (is_hashable(key) && !user_unhashable((Object *)key))
        return true;
    raise("TypeError", "unhashable type: '%s'", type_name(key));
    return false;
}

/* The position key names in a sequence of `size` items, or -1 with an
 * exception set. */
static long sequence_index(Object *seq, Object *key, long size, const char *what)
{
    if (!is_int(key)) {
        if (seq->type == &StrType)
            raise("TypeError", "string indices must be integers, not '%s'", type_name(key));
        else
            raise("TypeError", "%s indices must be integers or slices, not %s", type_name(seq),
                  type_name(key));
        return -1;
    }
    long i = as_long(key);
    if (i < 0)
        i += size;
    if (i < 0 || i >= size) {
        raise("IndexError", "%s", what);
        return -1;
    }
    return i;
}

/* The index-th character of a str: its UTF-8 bytes, found by skipping
 * index characters (continuation bytes are 10xxxxxx). */
static Object *str_char(Object *s, long index)
{
    const char *p = str_chars(s), *end = p + str_length(s);
    for (long seen = -1; p < end; p++)
        if ((((unsigned char)*p & 0xC0) != 0x80) && ++seen == index)
            break;
    const char *next = p + 1;
    while (next < end && ((unsigned char)*next & 0xC0) == 0x80)
        next++;
    return str_from_bytes(p, (size_t)(next - p));
}

Object *get_item(Object *obj, Object *key)
{
    const Type *t = obj->type;
    long i;
    if (key->type == &SliceType) {
        Object *slice = sequence_get_slice(obj, key);
        if (slice != NULL || error_occurred())
            return slice;
        if (t == &RangeType)
            return raise("NotImplementedError", "slicing a range is not part of minipy's subset");
    }
    if (t == &DictType) {
        if (!check_hashable(key))
            return NULL;
        Object *value = dict_getitem(obj, key);
        if (value == NULL && error_occurred()) /* a __hash__ or __eq__ raised */
            return NULL;
        return value ? newref(value) : raise_key_error(key);
    }
    if (t == &ListType) {
        i = sequence_index(obj, key, (long)list_size(obj), "list index out of range");
        return i < 0 ? NULL : newref(list_getitem(obj, (size_t)i));
    }
    if (t == &TupleType) {
        i = sequence_index(obj, key, (long)((Tuple *)obj)->ob.size, "tuple index out of range");
        return i < 0 ? NULL : newref(((Tuple *)obj)->items[i]);
    }
    if (t == &StrType) {
        i = sequence_index(obj, key, length(obj), "string index out of range");
        return i < 0 ? NULL : str_char(obj, i);
    }
    if (t == &RangeType) {
        long n = length(obj);
        i = n < 0 ? -1 : sequence_index(obj, key, n, "range object index out of range");
        return i < 0 ? NULL : int_new(range_item(obj, (uint64_t)i));
    }
//> 4 weakdict_get_item
    if (is_proxy(obj)) {
        Object *referent = proxy_referent(obj);
        Object *item = referent ? get_item(referent, key) : NULL;
        xdecref(referent);
        return item;
    }
    if (is_weakdict(obj))
        return weakdict_get_item(obj, key);
//< 4 weakdict_get_item
//> 7 trace_traceback_item
    if (t == &TraceTracebackType)
        return trace_traceback_item(obj, key);
//< 7 trace_traceback_item
    if (is_instance(obj) && has_special(obj, "__getitem__"))
        return call_special(obj, "__getitem__", &key, 1);
    return raise("TypeError", "'%s' object is not subscriptable", type_name(obj));
}

/* A special method called for its effect: 0, or -1 if it raised. */
static int special_status(Object *result)
{
    xdecref(result);
    return result ? 0 : -1;
}

int set_item(Object *obj, Object *key, Object *value)
{
    if (obj->type == &DictType) {
        if (!check_hashable(key) || !dict_setitem(obj, key, value))
            return -1;
        return 0;
    }
    if (obj->type == &ListType) {
        if (key->type == &SliceType)
            return list_assign_slice(obj, key, value);
        long i = sequence_index(obj, key, (long)list_size(obj),
                                "list assignment index out of range");
        if (i < 0)
            return -1;
        list_setitem(obj, (size_t)i, newref(value));
        return 0;
    }
//> 4 weakdict_set_item
    if (is_weakdict(obj))
        return weakdict_set_item(obj, key, value);
//< 4 weakdict_set_item
    if (is_instance(obj) && has_special(obj, "__setitem__"))
        return special_status(call_special(obj, "__setitem__", (Object *[]){key, value}, 2));
    raise("TypeError", "'%s' object does not support item assignment", type_name(obj));
    return -1;
}

int del_item(Object *obj, Object *key)
{
    if (obj->type == &DictType) {
        if (!check_hashable(key))
            return -1;
        if (!dict_delitem(obj, key)) {
            if (!error_occurred())
                raise_key_error(key);
            return -1;
        }
        return 0;
    }
    if (obj->type == &ListType) {
        if (key->type == &SliceType)
            return list_assign_slice(obj, key, NULL);
        long i = sequence_index(obj, key, (long)list_size(obj),
                                "list assignment index out of range");
        if (i < 0)
            return -1;
        decref(list_pop(obj, (size_t)i));
        return 0;
    }
//> 4 weakdict_del_item
    if (is_weakdict(obj))
        return weakdict_del_item(obj, key);
//< 4 weakdict_del_item
    if (is_instance(obj) && has_special(obj, "__delitem__"))
        return special_status(call_special(obj, "__delitem__", &key, 1));
    /* CPython 3.11 words it two ways: PySequence_DelItem's for an index of
     * a sequence, PyObject_DelItem's otherwise */
    const Type *t = obj->type;
    bool sequence = t == &TupleType || t == &StrType || t == &RangeType;
    raise("TypeError", "'%s' object %s support item deletion", type_name(obj),
          sequence && is_int(key) ? "doesn't" : "does not");
    return -1;
}
