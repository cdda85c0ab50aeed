/* methods.c: the methods of lists, dicts and strs.  Chapter 2 (the runner). */
#include "methods.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc

#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "descriptor.h"
#include "dict.h"
#include "error.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "set.h"
#include "sort.h"
#include "str.h"
//> 4 include_weakref
#include "mod_weakref.h"
#include "weakset.h"
//< 4 include_weakref
//> 5 include_finalizer
#include "finalizer.h"
//< 5 include_finalizer
//> 5 include_generator
#include "generator.h"
//< 5 include_generator

/* --- list ------------------------------------------------------------ */

static Object *list_append_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    list_append(self, args[0]);
    return newref(None);
}

/* An index as Python reads it: negative counts from the end. */
static bool list_index_arg(Object *self, Object *arg, long *index)
{
    if (!is_int(arg)) {
        raise("TypeError", "'%s' object cannot be interpreted as an integer", type_name(arg));
        return false;
    }
    *index = as_long(arg);
    if (*index < 0)
        *index += (long)list_size(self);
    return true;
}

static Object *list_pop_method(Object *self, Object **args, size_t nargs)
{
    long index = (long)list_size(self) - 1;
    if (nargs > 0 && !list_index_arg(self, args[0], &index))
        return NULL;
    if (list_size(self) == 0)
        return raise("IndexError", "pop from empty list");
    if (index < 0 || index >= (long)list_size(self))
        return raise("IndexError", "pop index out of range");
    return list_pop(self, (size_t)index);
}

/* The list's clear slot (list.c): it empties the list before releasing
 * anything, then releases the items last to first, as CPython 3.11's
 * list.clear does (_list_clear). */
static Object *list_clear_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    ListType.clear(self);
    return newref(None);
}

static long list_find(Object *self, Object *item)
{
    for (size_t i = 0; i < list_size(self); i++) {
        int same = equal(list_getitem(self, i), item);
        if (same != 0)
            return same < 0 ? -2 : (long)i;
    }
    return -1;
}

static Object *list_remove_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    long i = list_find(self, args[0]);
    if (i == -2)
        return NULL;
    if (i < 0)
        return raise("ValueError", "list.remove(x): x not in list");
    decref(list_pop(self, (size_t)i));
    return newref(None);
}

static Object *list_index_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    long i = list_find(self, args[0]);
    if (i == -2)
        return NULL;
    if (i >= 0)
        return int_new(i);
    Object *r = repr_of(args[0]);
    if (r == NULL)
        return NULL;
    raise("ValueError", "%s is not in list", str_chars(r));
    decref(r);
    return NULL;
}

static Object *list_count_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    long count = 0;
    for (size_t i = 0; i < list_size(self); i++) {
        int same = equal(list_getitem(self, i), args[0]);
        if (same < 0)
            return NULL;
        count += same;
    }
    return int_new(count);
}

static Object *list_insert_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    long index;
    if (!list_index_arg(self, args[0], &index))
        return NULL;
    long size = (long)list_size(self);
    index = index < 0 ? 0 : index > size ? size : index;
    list_append(self, args[1]);
    List *l = (List *)self;
    memmove(&l->items[index + 1], &l->items[index], (size_t)(size - index) * sizeof *l->items);
    l->items[index] = args[1];
    return newref(None);
}

static Object *list_extend_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    Object *result = inplace_op(OP_ADD, self, args[0]);
    if (result == NULL)
        return NULL;
    decref(result);
    return newref(None);
}

/* data and text (data): sort (no key= or reverse=: minipy's calls pass
 * no keyword arguments to built-in methods), reverse, copy. */
static Object *list_sort_method(Object *self, Object **args, size_t nargs)
{
    Object *defaults[SORT_KEYWORDS] = {NULL};
    return list_sort_keywords(self, args, nargs, defaults);
}

const KeywordDef list_keyword_defs[] = {
    {list_sort_method, sort_keyword_names, list_sort_keywords, 0, NULL, false},
    {NULL, NULL, NULL, 0, NULL, false},
};

void list_reverse(Object *list)
{
    List *l = (List *)list;
    for (size_t i = 0, j = l->size; i + 1 < j; i++, j--) {
        Object *swap = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = swap;
    }
}

static Object *list_reverse_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    list_reverse(self);
    return newref(None);
}

static Object *list_copy_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return list_from_iterable(self);
}

static const BuiltinDef list_methods[] = {
    {"append", list_append_method, 1, 1, ARGS_ONE_INLINED},
    {"pop", list_pop_method, 0, 1, ARGS_POSITIONAL},
    {"clear", list_clear_method, 0, 0, ARGS_NONE},
    {"remove", list_remove_method, 1, 1, ARGS_ONE},
    {"index", list_index_method, 1, 1, ARGS_POSITIONAL},
    {"count", list_count_method, 1, 1, ARGS_ONE},
    {"insert", list_insert_method, 2, 2, ARGS_POSITIONAL},
    {"extend", list_extend_method, 1, 1, ARGS_ONE},
    {"sort", list_sort_method, 0, -1, ARGS_POSITIONAL},
    {"reverse", list_reverse_method, 0, 0, ARGS_NONE},
    {"copy", list_copy_method, 0, 0, ARGS_NONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

/* --- dict ------------------------------------------------------------ */

static Object *dict_get_method(Object *self, Object **args, size_t nargs)
{
    if (!check_hashable(args[0]))
        return NULL;
    Object *value = dict_getitem(self, args[0]);
    if (value == NULL && error_occurred())
        return NULL;
    return newref(value ? value : nargs > 1 ? args[1] : None);
}

static Object *dict_keys_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return view_new(self, VIEW_KEYS);
}

static Object *dict_values_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return view_new(self, VIEW_VALUES);
}

static Object *dict_items_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return view_new(self, VIEW_ITEMS);
}

Object *raise_key_error(Object *key)
{
    return raise_with_arg("KeyError", key);
}

static Object *dict_pop_method(Object *self, Object **args, size_t nargs)
{
    if (dict_size(self) == 0 && nargs == 1) /* CPython looks no further */
        return raise_key_error(args[0]);
    if (!check_hashable(args[0]))
        return NULL;
    Object *value = dict_pop(self, args[0]);
    if (value != NULL || error_occurred())
        return value;
    return nargs > 1 ? newref(args[1]) : raise_key_error(args[0]);
}

static Object *dict_clear_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    table_fini(&((Dict *)self)->table);
    return newref(None);
}

static Object *dict_update_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    if (args[0]->type != &DictType)
        return raise("TypeError", "minipy's dict.update() takes a dict");
    return dict_merge(self, args[0]) ? newref(None) : NULL;
}

/* data and text (data): setdefault, popitem (the last pair), copy */
static Object *dict_setdefault_method(Object *self, Object **args, size_t nargs)
{
    if (!check_hashable(args[0]))
        return NULL;
    Object *value = dict_setdefault(self, args[0], nargs > 1 ? args[1] : None);
    return value ? newref(value) : NULL;
}

static Object *dict_popitem_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    Object *pair[2];
    if (!table_popitem(&((Dict *)self)->table, &pair[0], &pair[1])) {
        Object *message = str_new("popitem(): dictionary is empty");
        raise_key_error(message);
        decref(message);
        return NULL;
    }
    return tuple_from(pair, 2);
}

static Object *dict_copy_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    Object *copy = dict_new();
    if (dict_merge(copy, self))
        return copy;
    decref(copy);
    return NULL;
}

/* dict.fromkeys(iterable, value=None), found on the type (attr.c) */
static Object *dict_fromkeys(Object *self, Object **args, size_t nargs)
{
    (void)self;
    Object *keys = list_from_iterable(args[0]);
    if (keys == NULL)
        return NULL;
    Object *dict = dict_new();
    for (size_t i = 0; dict != NULL && i < list_size(keys); i++) {
        Object *key = list_getitem(keys, i);
        if (!check_hashable(key) || !dict_setitem(dict, key, nargs > 1 ? args[1] : None)) {
            decref(dict);
            dict = NULL;
        }
    }
    decref(keys);
    return dict;
}

const BuiltinDef dict_fromkeys_def = {"fromkeys", dict_fromkeys, 1, 2, ARGS_POSITIONAL};

static const BuiltinDef dict_methods[] = {
    {"get", dict_get_method, 1, 2, ARGS_POSITIONAL},
    {"keys", dict_keys_method, 0, 0, ARGS_NONE},
    {"values", dict_values_method, 0, 0, ARGS_NONE},
    {"items", dict_items_method, 0, 0, ARGS_NONE},
    {"pop", dict_pop_method, 1, 2, ARGS_POSITIONAL},
    {"clear", dict_clear_method, 0, 0, ARGS_NONE},
    {"update", dict_update_method, 1, 1, ARGS_POSITIONAL},
    {"setdefault", dict_setdefault_method, 1, 2, ARGS_POSITIONAL},
    {"popitem", dict_popitem_method, 0, 0, ARGS_NONE},
    {"copy", dict_copy_method, 0, 0, ARGS_NONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

/* --- str ------------------------------------------------------------- */

/* sep.join(items): the length first, then one copy of each part. */
static Object *str_join_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    Object *items = list_from_iterable(args[0]);
    if (items == NULL) {
        error_clear();
        return raise("TypeError", "can only join an iterable");
    }
    size_t count = list_size(items), total = 0;
    for (size_t i = 0; i < count; i++) {
        Object *item = list_getitem(items, i);
        if (item->type != &StrType) {
            raise("TypeError", "sequence item %zu: expected str instance, %s found", i,
                  type_name(item));
            decref(items);
            return NULL;
        }
        total += str_length(item) + (i > 0 ? str_length(self) : 0);
    }
    char *buffer = malloc(total + 1), *end = buffer;
    if (buffer == NULL)
        fatal_out_of_memory("joining strs");
    for (size_t i = 0; i < count; i++) {
        Object *item = list_getitem(items, i);
        if (i > 0) {
            memcpy(end, str_chars(self), str_length(self));
            end += str_length(self);
        }
        memcpy(end, str_chars(item), str_length(item));
        end += str_length(item);
    }
    Object *result = str_from_bytes(buffer, total);
    free(buffer);
    decref(items);
    return result;
}

static Object *str_affix(Object *self, Object *affix, bool at_start)
{
    if (affix->type == &TupleType) { /* any of them */
        const Tuple *t = (const Tuple *)affix;
        for (size_t i = 0; i < t->ob.size; i++) {
            if (t->items[i]->type != &StrType)
                return raise("TypeError", "tuple for %s must only contain str, not %s",
                             at_start ? "startswith" : "endswith", type_name(t->items[i]));
            Object *found = str_affix(self, t->items[i], at_start);
            if (found != False)
                return found;
        }
        return bool_from(false);
    }
    if (affix->type != &StrType)
        return raise("TypeError", "%s first arg must be str or a tuple of str, not %s",
                     at_start ? "startswith" : "endswith", type_name(affix));
    size_t n = str_length(self), k = str_length(affix);
    if (k > n)
        return bool_from(false);
    const char *from = at_start ? str_chars(self) : str_chars(self) + n - k;
    return bool_from(memcmp(from, str_chars(affix), k) == 0);
}

static Object *str_startswith_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return str_affix(self, args[0], true);
}

static Object *str_endswith_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return str_affix(self, args[0], false);
}

static const BuiltinDef str_methods[] = {
    {"join", str_join_method, 1, 1, ARGS_ONE},
    {"startswith", str_startswith_method, 1, 1, ARGS_TUPLE},
    {"endswith", str_endswith_method, 1, 1, ARGS_TUPLE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

const BuiltinDef *method_def(const Type *type, const char *name)
{
    if (type == &ListType)
        return builtin_find(list_methods, name);
    if (type == &DictType)
        return builtin_find(dict_methods, name);
    if (type == &StrType) {
        const BuiltinDef *def = builtin_find(str_methods, name);
        return def ? def : builtin_find(str_text_methods, name);
    }
    if (type == &SetType)
        return builtin_find(set_methods, name);
    if (type == &FrozenSetType)
        return builtin_find(frozenset_methods, name);
    if (type == &PropertyType)
        return builtin_find(property_methods, name);
//> 4 weakdict_methods
    if (is_weakdict_type(type))
        return builtin_find(weakdict_methods, name);
    if (type == &WeakSetType)
        return builtin_find(weakset_methods, name);
//< 4 weakdict_methods
//> 5 finalize_methods
    if (type == &FinalizeType)
        return builtin_find(finalize_methods, name);
//< 5 finalize_methods
//> 5 gen_methods
    if (type == &GeneratorType)
        return builtin_find(gen_methods, name);
//< 5 gen_methods
//> 7 tracemalloc_methods
    if (type == &SnapshotType)
        return builtin_find(snapshot_methods, name);
    if (type == &TraceTracebackType)
        return builtin_find(trace_traceback_methods, name);
//< 7 tracemalloc_methods
    return NULL;
}
