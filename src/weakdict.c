/* weakdict.c: weak-valued and weak-keyed dictionaries.  Chapter 4.
 * CPython: WeakValueDictionary and WeakKeyDictionary in Lib/weakref.py.
 *
 * Invariant: every weak reference in `data` has `remover` as its callback;
 * its referent's death removes its entry, unless the dictionary died first
 * (then the entry went with it) or the weak reference is collected in the
 * same trash as its referent (then neither is there to be removed from). */
#include "weakdict.h"

#include "callback.h"
#include "debug.h"
#include "dict.h"
#include "gc.h"
#include "list.h"
#include "weakref.h"

static bool holds_values_weakly(const Object *d)
{
    return d->type == &WeakValueDictType;
}

bool is_weakdict(const Object *op)
{
    CHECK_NOT_NULL(op);
    return op->type == &WeakValueDictType || op->type == &WeakKeyDictType;
}

static WeakDict *as_weakdict(const Object *op, const char *function)
{
    if (op == NULL || !is_weakdict(op))
        fatal_wrong_type(op, function, "a weak dictionary");
    return (WeakDict *)op;
}

/* Remove the entry of the weak reference whose referent died.  An entry
 * replaced since then holds another weak reference, and stays. */
static void remove_entry(WeakDict *d, Object *wr)
{
    if (holds_values_weakly(&d->ob)) {
        Object *key = ((KeyedRef *)wr)->key;
        if (key != NULL && dict_getitem(d->data, key) == wr)
            dict_delitem(d->data, key);
    } else {
        dict_delitem(d->data, wr); /* found by the hash it kept, and identity */
    }
}

/* The callback of the dictionary's weak references: `self` is a weak
 * reference to the dictionary, `wr` the one whose referent died.  While
 * the dictionary is iterated, the removal waits. */
static void remove_dead_entry(Object *self, Object *wr)
{
    Object *d = weakref_get(self);
    if (d == NULL)
        return;
    WeakDict *wd = as_weakdict(d, __func__);
    if (wd->iterating == 0) {
        remove_entry(wd, wr);
    } else {
        if (wd->pending == NULL)
            wd->pending = list_new();
        list_append(wd->pending, wr);
    }
    decref(d);
}

static Object *weakdict_new(Type *type)
{
    Object *op = object_new(type, 0);
    WeakDict *d = (WeakDict *)op;
    d->data = dict_new();
    Object *self = weakref_new(op, NULL);
    d->remover = callback_new(remove_dead_entry, self);
    decref(self);
    gc_track(op);
    return op;
}

Object *weakvaluedict_new(void)
{
    return weakdict_new(&WeakValueDictType);
}

Object *weakkeydict_new(void)
{
    return weakdict_new(&WeakKeyDictType);
}

void weakdict_setitem(Object *d, Object *key, Object *value)
{
    WeakDict *wd = as_weakdict(d, __func__);
    CHECK_NOT_NULL(key);
    CHECK_NOT_NULL(value);
    if (holds_values_weakly(d)) {
        Object *ref = keyedref_new(value, wd->remover, key);
        dict_setitem(wd->data, key, ref);
        decref(ref);
    } else {
        Object *ref = weakref_new(key, wd->remover);
        dict_setitem(wd->data, ref, value); /* an existing entry keeps its own key */
        decref(ref);
    }
}

/* A weak-keyed dictionary finds a key through the key's callback-free weak
 * reference: equal to the entry's while both referents are alive. */
static Object *probe_for(const Object *d, Object *key)
{
    return holds_values_weakly(d) ? newref(key) : weakref_new(key, NULL);
}

Object *weakdict_getitem(const Object *d, Object *key)
{
    const WeakDict *wd = as_weakdict(d, __func__);
    CHECK_NOT_NULL(key);
    Object *probe = probe_for(d, key);
    Object *found = dict_getitem(wd->data, probe);
    decref(probe);
    if (found == NULL)
        return NULL;
    return holds_values_weakly(d) ? weakref_get(found) : newref(found);
}

bool weakdict_delitem(Object *d, Object *key)
{
    Object *value = weakdict_getitem(d, key);
    if (value == NULL)
        return false;
    decref(value);
    Object *probe = probe_for(d, key);
    dict_delitem(((WeakDict *)d)->data, probe); /* a weak dictionary: getitem checked */
    decref(probe);
    return true;
}

bool weakdict_next(const Object *d, size_t *pos, Object **key, Object **value)
{
    Object *data = as_weakdict(d, __func__)->data, *k, *v;
    while (data != NULL && dict_next(data, pos, &k, &v)) {
        Object *held = holds_values_weakly(d) ? v : k;
        if (!weakref_alive(held))
            continue;
        Object *referent = ((WeakRef *)held)->referent;
        *key = holds_values_weakly(d) ? k : referent;
        *value = holds_values_weakly(d) ? referent : v;
        return true;
    }
    return false;
}

size_t weakdict_entries(const Object *d)
{
    Object *data = as_weakdict(d, __func__)->data;
    return data ? dict_size(data) : 0;
}

void weakdict_iteration_begin(Object *d)
{
    as_weakdict(d, __func__)->iterating++;
}

/* The pending list is taken first, so that a removal that frees objects
 * whose deaths remove more entries starts a new one, or removes them at
 * once if no walk is in progress any more. */
void weakdict_commit_removals(Object *d)
{
    WeakDict *wd = as_weakdict(d, __func__);
    Object *pending = wd->pending;
    if (pending == NULL)
        return;
    wd->pending = NULL;
    for (size_t i = 0; wd->data != NULL && i < list_size(pending); i++)
        remove_entry(wd, list_getitem(pending, i));
    decref(pending);
}

/* The removals wait no longer once no walk is in progress. */
void weakdict_iteration_end(Object *d)
{
    if (--as_weakdict(d, __func__)->iterating == 0)
        weakdict_commit_removals(d);
}

/* Calls fn on each live entry's key and value (borrowed); nothing it does
 * may allocate an object, which could start a collection whose callbacks
 * change the dict under the walk. */
static void for_each_live(const Object *d, void (*fn)(Object *key, Object *value, void *arg),
                          void *arg)
{
    Object *key, *value;
    for (size_t pos = 0; weakdict_next(d, &pos, &key, &value);)
        fn(key, value, arg);
}

static void count_entry(Object *key, Object *value, void *arg)
{
    (void)key, (void)value;
    ++*(size_t *)arg;
}

size_t weakdict_size(const Object *d)
{
    size_t size = 0;
    for_each_live(d, count_entry, &size);
    return size;
}

static void append_key(Object *key, Object *value, void *list)
{
    (void)value;
    list_append(list, key);
}

static void append_value(Object *key, Object *value, void *list)
{
    (void)key;
    list_append(list, value);
}

Object *weakdict_keys(const Object *d)
{
    Object *list = list_new();
    for_each_live(d, append_key, list);
    return list;
}

Object *weakdict_values(const Object *d)
{
    Object *list = list_new();
    for_each_live(d, append_value, list);
    return list;
}

static int weakdict_traverse(Object *self, visitproc visit, void *arg)
{
    WeakDict *d = as_weakdict(self, __func__);
    Object *held[] = {d->data, d->remover, d->pending};
    for (size_t i = 0; i < sizeof held / sizeof *held; i++) {
        int stop = held[i] ? visit(held[i], arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

static void weakdict_clear(Object *self)
{
    WeakDict *d = as_weakdict(self, __func__);
    Object *held[] = {d->data, d->remover, d->pending};
    d->data = d->remover = d->pending = NULL;
    for (size_t i = 0; i < sizeof held / sizeof *held; i++)
        xdecref(held[i]);
}

Type WeakValueDictType = {
    .name = "WeakValueDictionary",
    .basic_size = sizeof(WeakDict),
    .flags = TYPE_GC | TYPE_WEAKREFABLE | TYPE_UNHASHABLE,
    .weaklist_offset = offsetof(WeakDict, weaklist),
    .dealloc = weakdict_clear,
    .traverse = weakdict_traverse,
    .clear = weakdict_clear,
};

Type WeakKeyDictType = {
    .name = "WeakKeyDictionary",
    .basic_size = sizeof(WeakDict),
    .flags = TYPE_GC | TYPE_WEAKREFABLE | TYPE_UNHASHABLE,
    .weaklist_offset = offsetof(WeakDict, weaklist),
    .dealloc = weakdict_clear,
    .traverse = weakdict_traverse,
    .clear = weakdict_clear,
};
