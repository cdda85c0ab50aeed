/* dict.c: dictionaries.  Chapter 1.  All the work is in table.c. */
#include "dict.h"

#include "debug.h"
//> 2 include_gc
#include "gc.h"
//< 2 include_gc

static Table *table_of(const Object *op, const char *function)
{
    if (op == NULL || op->type != &DictType)
        fatal_wrong_type(op, function, "a dict");
    return &((Dict *)op)->table;
}

Object *dict_new(void)
{
    Object *op = object_new(&DictType, 0);
    table_init(table_of(op, __func__));
    return op;
}

size_t dict_size(const Object *dict)
{
    return table_of(dict, __func__)->count;
}

bool dict_setitem(Object *dict, Object *key, Object *value)
{
    if (!table_set(table_of(dict, __func__), key, value))
        return false;
//> 2 track_dict
    /* Invariant: an untracked dict holds no container, so it is in no cycle
     * and keeps nothing alive that a cycle could.  Storing a container, as a
     * value or as a key, ends that (CPython: MAINTAIN_TRACKING). */
    if ((is_gc(key) || is_gc(value)) && !gc_is_tracked(dict))
        gc_track(dict);
//< 2 track_dict
    return true;
}

bool dict_merge(Object *dict, const Object *from)
{
    if (!table_merge(table_of(dict, __func__), table_of(from, __func__)))
        return false;
//> 2 track_merged_dict
    /* a tracked dict may hold a container, so the merged one may too */
    if (gc_is_tracked(from) && !gc_is_tracked(dict))
        gc_track(dict);
//< 2 track_merged_dict
    return true;
}

Object *dict_getitem(const Object *dict, const Object *key)
{
    return table_get(table_of(dict, __func__), key);
}

Object *dict_setdefault(Object *dict, Object *key, Object *value)
{
    Object *stored = table_setdefault(table_of(dict, __func__), key, value);
//> 2 track_setdefault
    if (stored == value && (is_gc(key) || is_gc(value)) && !gc_is_tracked(dict))
        gc_track(dict);
//< 2 track_setdefault
    return stored;
}

Object *dict_pop(Object *dict, const Object *key)
{
    return table_pop(table_of(dict, __func__), key);
}

bool dict_delitem(Object *dict, const Object *key)
{
    return table_delete(table_of(dict, __func__), key);
}

bool dict_next(const Object *dict, size_t *pos, Object **key, Object **value)
{
    return table_next(table_of(dict, __func__), pos, key, value);
}

//> 2
void dict_maybe_untrack(Object *dict)
{
    size_t pos = 0;
    Object *key, *value;
    while (dict_next(dict, &pos, &key, &value))
        if (is_gc(key) || is_gc(value))
            return;
    gc_untrack(dict);
}
//< 2

static int dict_traverse(Object *self, visitproc visit, void *arg)
{
    return table_traverse(table_of(self, __func__), visit, arg);
}

static void dict_clear(Object *self)
{
    table_fini(table_of(self, __func__));
}

Type DictType = {
    .name = "dict",
    .basic_size = sizeof(Dict),
    .flags = TYPE_GC | TYPE_UNHASHABLE,
    .dealloc = dict_clear,
    .traverse = dict_traverse,
    .clear = dict_clear,
};
