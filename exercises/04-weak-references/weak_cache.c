/* Chapter 4 exercise weak_cache.  Build a cache that holds its values
 * weakly, from weak references with callbacks written in C.  Graded by
 * tests/exercises/04-weak-references/test_weak_cache.c: run
 * `make grade CH=4`; `make hint EX=weak_cache` gives a hint at a time.
 *
 * A cache maps keys to values without keeping the values alive: the
 * program holds the values it uses, and an entry lasts as long as its
 * value does.  When a value dies, its entry goes away by itself, and the
 * cache shrinks.  (Python's weakref.WeakValueDictionary; the runtime has
 * one too, weakdict.h, which this exercise must not use.)
 *
 * Object *my_cache_new(Object *cls)
 *
 *   A new, empty cache, which is an instance of the class `cls` (instances
 *   can be weakly referenced; the caller makes the class).  The cache and
 *   what it holds must not be in a cycle: a program that drops its last
 *   reference to the cache frees it, and everything it holds, by
 *   reference counting alone, without the collector.
 *
 * void my_cache_put(Object *cache, Object *key, Object *value)
 *
 *   cache[key] = value, replacing an entry of that key.  `key` is hashable
 *   (a str, say), and the cache holds it; `value` is weakly referenceable,
 *   and the cache holds it only through one weak reference made by
 *   weakref_new, whose callback is made by callback_new: value's count does
 *   not change.  When value dies (by reference counting or in a
 *   collection) the callback removes the entry, and frees what the entry
 *   held, unless the entry has been replaced since (then the new value's
 *   entry stays), or the cache has died first (then the callback does
 *   nothing).
 *
 * Object *my_cache_get(Object *cache, Object *key)
 *
 *   cache[key]: a new reference to the value, or NULL if there is no entry
 *   for key.
 *
 * size_t my_cache_size(Object *cache)
 *
 *   The number of entries.
 *
 * Use the public API of the runtime (runtime.h: instance.h, dict.h,
 * weakref.h, callback.h, ...); not weakdict.h.  Do not edit src/. */
#include "runtime.h"

Object *my_cache_new(Object *cls)
{
    /* TODO: write the cache as specified above. */
    (void)cls;
    return NULL;
}

void my_cache_put(Object *cache, Object *key, Object *value)
{
    /* TODO */
    (void)cache;
    (void)key;
    (void)value;
}

Object *my_cache_get(Object *cache, Object *key)
{
    /* TODO */
    (void)cache;
    (void)key;
    return NULL;
}

size_t my_cache_size(Object *cache)
{
    /* TODO */
    (void)cache;
    return 0;
}
