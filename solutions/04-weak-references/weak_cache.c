/* Chapter 4 exercise weak_cache.  A reference solution; the specification
 * is in exercises/04-weak-references/weak_cache.c.
 *
 * The cache is an instance with one attribute, "entries": a dict from each
 * key to a weak reference to its value.  Each weak reference has a callback
 * of its own, whose data is a list [a weak reference to the cache, the
 * key]: what it needs to remove its entry.  The cache is held weakly there,
 * or it would hold itself through its entries: a cycle. */
#include "runtime.h"

static Object *entries_of(Object *cache)
{
    return instance_getattr(cache, "entries");
}

Object *my_cache_new(Object *cls)
{
    Object *cache = instance_new(cls);
    Object *entries = dict_new();
    instance_setattr(cache, "entries", entries);
    decref(entries);
    return cache;
}

/* The callback: wr's value has died.  Remove its entry, if the cache is
 * still alive (a weak reference can outlive the cache: anyone may hold it)
 * and the entry is still wr's (not replaced since). */
static void remove_entry(Object *data, Object *wr)
{
    Object *cache = weakref_get(list_getitem(data, 0));
    if (cache == NULL)
        return;
    Object *key = list_getitem(data, 1);
    if (dict_getitem(entries_of(cache), key) == wr)
        dict_delitem(entries_of(cache), key);
    decref(cache);
}

void my_cache_put(Object *cache, Object *key, Object *value)
{
    Object *data = list_new();
    Object *self = weakref_new(cache, NULL); /* shared by every entry */
    list_append(data, self);
    list_append(data, key);
    Object *callback = callback_new(remove_entry, data);
    Object *wr = weakref_new(value, callback);
    dict_setitem(entries_of(cache), key, wr);
    decref(wr);
    decref(callback);
    decref(self);
    decref(data);
}

Object *my_cache_get(Object *cache, Object *key)
{
    Object *wr = dict_getitem(entries_of(cache), key);
    return wr ? weakref_get(wr) : NULL;
}

size_t my_cache_size(Object *cache)
{
    return dict_size(entries_of(cache));
}
