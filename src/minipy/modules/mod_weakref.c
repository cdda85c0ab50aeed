/* mod_weakref.c: the weakref module, and _weakref beneath it.  Chapter 4
 * (the runner).  CPython: Modules/_weakref.c, the ref type of
 * Objects/weakrefobject.c, and Lib/weakref.py (whose weak dictionaries are
 * written in Python; ours are the runtime's, weakdict.h).
 *
 * A Python callback runs wherever the referent dies: inside a decref, or
 * inside a collection that an allocation started, in the middle of any
 * operation.  The exception that may be on its way there is set aside while
 * it runs, and one the callback raises is reported as CPython's unraisable
 * hook reports it, as nothing can catch it. */
#include "mod_weakref.h"

#include <stdio.h>

#include "call.h"
#include "dict.h"
#include "error.h"
//> 5 include_finalizer
#include "finalizer.h"
//< 5 include_finalizer
#include "gc.h"
#include "int.h"
#include "interp.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "weakdict.h"
#include "weakmethod.h"
#include "weakproxy.h"
#include "weakset.h"
#include "weakref.h"

static bool check_weakrefable(const Object *op)
{
    if (is_weakrefable(op))
        return true;
    raise("TypeError", "cannot create weak reference to '%s' object", type_name(op));
    return false;
}

/* --- weakref.ref ------------------------------------------------------ */

static Object *ref_new(Object *type, Object **args, size_t nargs)
{
    (void)type;
    if (!check_weakrefable(args[0]))
        return NULL;
    Object *callback = nargs > 1 && args[1] != None ? args[1] : NULL;
    return weakref_new(args[0], callback);
}

/* CPython 3.11's ref.__new__ and ref.__call__ unpack their arguments so. */
static const BuiltinDef ref_new_def = {"__new__", ref_new, 1, 2, ARGS_POSITIONAL};

Object *weakref_construct(Object *type, Object **args, size_t nargs)
{
    return builtin_call(&ref_new_def, type, args, nargs);
}

static Object *ref_call(Object *wr, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    Object *referent = weakref_get(wr);
    return referent ? referent : newref(None);
}

static const BuiltinDef ref_call_def = {"weakref", ref_call, 0, 0, ARGS_POSITIONAL};

Object *weakref_call(Object *wr, Object **args, size_t nargs)
{
    return builtin_call(&ref_call_def, wr, args, nargs);
}

bool weakref_check_hashable(Object *wr)
{
    Object *referent = weakref_get(wr);
    if (referent != NULL) {
        bool hashable = check_hashable(referent);
        decref(referent);
        return hashable;
    }
    if (weakref_can_hash(wr))
        return true;
    raise("TypeError", "weak object has gone away");
    return false;
}

/* The runtime's hook for a callback that is a Python callable. */
static void call_python_callback(Object *callback, Object *wr)
{
    if (!code_may_run())
        return;
    SavedError *pending = error_fetch();
    incref(callback);
    Object *arg = newref(wr);
    Object *result = call_object(callback, &arg, 1);
    if (result == NULL)
        report_unraisable(callback);
    xdecref(result);
    decref(callback);
    error_restore(pending);
}

/* --- _weakref's functions -------------------------------------------- */

static Object *getweakrefcount(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return int_new((long)weakref_count(args[0]));
}

static Object *getweakrefs(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return weakref_list_of(args[0]);
}

/* --- the weak dictionaries ------------------------------------------- */

bool is_weakdict_type(const Type *type)
{
    return type == &WeakValueDictType || type == &WeakKeyDictType;
}

/* How CPython words a wrong count of arguments to a method written in
 * Python (Lib/weakref.py): the counts include self.  `required` names the
 * one required parameter, or is NULL if there is none. */
static bool check_arity(const Object *d, const char *method, size_t nargs, size_t max,
                        const char *required)
{
    size_t min = required ? 1 : 0;
    const char *owner = type_name(d);
    if (nargs < min)
        raise("TypeError", "%s.%s() missing 1 required positional argument: '%s'", owner,
              method, required);
    else if (nargs > max && min == max)
        raise("TypeError", "%s.%s() takes %zu positional argument%s but %zu were given", owner,
              method, max + 1, max == 0 ? "" : "s", nargs + 1);
    else if (nargs > max)
        raise("TypeError", "%s.%s() takes from %zu to %zu positional arguments but %zu were given",
              owner, method, min + 1, max + 1, nargs + 1);
    return nargs >= min && nargs <= max;
}

/* The checks CPython makes of a key, in its order: a weak-keyed dictionary
 * first makes a weak reference to the key, then hashes it. */
static bool check_key(const Object *d, Object *key)
{
    if (d->type == &WeakKeyDictType && !check_weakrefable(key))
        return false;
    return check_hashable(key);
}

/* A weak-keyed dictionary's KeyError names the weak reference it looked
 * for, as CPython's does. */
static Object *key_error(const Object *d, Object *key)
{
    if (d->type == &WeakValueDictType)
        return raise_key_error(key);
    Object *probe = weakref_new(key, NULL);
    raise_key_error(probe);
    decref(probe);
    return NULL;
}

/* CPython's WeakValueDictionary removes the entries whose values died
 * during walks before its every other operation (_commit_removals), which
 * makes a walk still in progress fail; its WeakKeyDictionary does not. */
static void commit_removals(Object *d)
{
    if (d->type == &WeakValueDictType)
        weakdict_commit_removals(d);
}

size_t weakdict_length(Object *d)
{
    commit_removals(d);
    return weakdict_size(d);
}

Object *weakdict_get_item(Object *d, Object *key)
{
    commit_removals(d);
    if (!check_key(d, key))
        return NULL;
    Object *value = weakdict_getitem(d, key);
    return value || error_occurred() ? value : key_error(d, key);
}

int weakdict_set_item(Object *d, Object *key, Object *value)
{
    commit_removals(d);
    Object *held = d->type == &WeakValueDictType ? value : key;
    if (!check_weakrefable(held) || !check_hashable(key))
        return -1;
    weakdict_setitem(d, key, value);
    return error_occurred() ? -1 : 0; /* a key's __hash__ or __eq__ raised */
}

int weakdict_del_item(Object *d, Object *key)
{
    commit_removals(d);
    if (!check_key(d, key))
        return -1;
    if (weakdict_delitem(d, key))
        return 0;
    if (!error_occurred())
        key_error(d, key);
    return -1;
}

/* A key that cannot be weakly referenced is in no weak-keyed dictionary. */
int weakdict_contains(Object *d, Object *key)
{
    commit_removals(d);
    if (d->type == &WeakKeyDictType && !is_weakrefable(key))
        return 0;
    if (!check_hashable(key))
        return -1;
    Object *value = weakdict_getitem(d, key);
    xdecref(value);
    return value == NULL && error_occurred() ? -1 : value != NULL;
}

static bool check_init_arguments(const Object *d, Object **args, size_t nargs)
{
    if (!check_arity(d, "__init__", nargs, 1, NULL))
        return false;
    if (nargs == 0 || args[0]->type == &DictType)
        return true;
    raise("TypeError", "minipy's %s() takes a dict, not '%s'", type_name(d), type_name(args[0]));
    return false;
}

/* Fill a new weak dictionary from a dict: over a list of its keys, as each
 * store may run code (a collection's callbacks) that changes the dict. */
static Object *weakdict_from(Object *d, Object **args, size_t nargs)
{
    bool ok = check_init_arguments(d, args, nargs);
    Object *keys = ok && nargs > 0 ? list_from_iterable(args[0]) : list_new();
    for (size_t i = 0; ok && i < list_size(keys); i++) {
        Object *key = newref(list_getitem(keys, i));
        Object *value = get_item(args[0], key);
        ok = value != NULL && weakdict_set_item(d, key, value) == 0;
        xdecref(value);
        decref(key);
    }
    decref(keys);
    if (!ok) {
        decref(d);
        return NULL;
    }
    return d;
}

Object *weakvaluedict_construct(Object *type, Object **args, size_t nargs)
{
    (void)type;
    return weakdict_from(weakvaluedict_new(), args, nargs);
}

Object *weakkeydict_construct(Object *type, Object **args, size_t nargs)
{
    (void)type;
    return weakdict_from(weakkeydict_new(), args, nargs);
}

/* --- iterating a weak dictionary -------------------------------------- */

/* What iter(d), d.keys(), d.values() and d.items() return.  CPython's are
 * generators (Lib/weakref.py): from their first step to their last they
 * hold the dictionary's removals back (weakdict_iteration_begin), so an
 * entry whose object dies meanwhile is skipped, not removed under the walk;
 * a program that adds or deletes an entry meanwhile ends the walk with
 * RuntimeError, as the dict beneath fails. */
typedef enum WalkState { WALK_NOT_STARTED, WALK_RUNNING, WALK_DONE } WalkState;

typedef struct WeakDictWalk {
    Object ob;
    Object *dict;   /* the weak dictionary walked; NULL once cleared (then DONE) */
    ViewKind kind;  /* what each step gives: the key, the value or the pair */
    WalkState state;
    size_t pos;     /* where weakdict_next goes on from */
    size_t entries; /* the dictionary's entries at the first step */
} WeakDictWalk;

static const char *const walk_names[] = {"keys", "values", "items"};

Object *weakdict_walk_new(Object *d, ViewKind kind)
{
    WeakDictWalk *w = (WeakDictWalk *)object_new(&WeakDictWalkType, 0);
    w->dict = newref(d);
    w->kind = kind;
    gc_track(&w->ob);
    return &w->ob;
}

/* Clearing a walk stops it, so its dictionary is there while it runs. */
static void walk_stop(WeakDictWalk *w)
{
    if (w->state == WALK_RUNNING)
        weakdict_iteration_end(w->dict);
    w->state = WALK_DONE;
}

Object *weakdict_walk_next(Object *op)
{
    WeakDictWalk *w = (WeakDictWalk *)op;
    if (w->state == WALK_DONE)
        return NULL;
    if (w->state == WALK_NOT_STARTED) {
        commit_removals(w->dict);
        weakdict_iteration_begin(w->dict);
        w->state = WALK_RUNNING;
        w->entries = weakdict_entries(w->dict);
    }
    if (weakdict_entries(w->dict) != w->entries) {
        walk_stop(w);
        return raise("RuntimeError", "dictionary changed size during iteration");
    }
    Object *key, *value;
    if (!weakdict_next(w->dict, &w->pos, &key, &value)) {
        walk_stop(w);
        return NULL;
    }
    if (w->kind == VIEW_KEYS)
        return newref(key);
    if (w->kind == VIEW_VALUES)
        return newref(value);
    Object *pair[2] = {newref(key), newref(value)};
    return tuple_from(pair, 2);
}

Object *weakdict_walk_repr(Object *op)
{
    WeakDictWalk *w = (WeakDictWalk *)op;
    char text[128];
    snprintf(text, sizeof text, "<generator object %s.%s at %p>", type_name(w->dict),
             walk_names[w->kind], (void *)op);
    return str_new(text);
}

static int walk_traverse(Object *self, visitproc visit, void *arg)
{
    Object *d = ((WeakDictWalk *)self)->dict;
    return d ? visit(d, arg) : 0;
}

/* A walk dropped before its end lets the removals go on, as a generator
 * closed early leaves its `with` block. */
static void walk_clear(Object *self)
{
    WeakDictWalk *w = (WeakDictWalk *)self;
    walk_stop(w);
    Object *d = w->dict;
    w->dict = NULL;
    xdecref(d);
}

Type WeakDictWalkType = {
    .name = "generator",
    .basic_size = sizeof(WeakDictWalk),
    .flags = TYPE_GC,
    .dealloc = walk_clear,
    .traverse = walk_traverse,
    .clear = walk_clear,
};

static Object *walk_method(Object *self, const char *name, ViewKind kind, size_t nargs)
{
    return check_arity(self, name, nargs, 0, NULL) ? weakdict_walk_new(self, kind) : NULL;
}

static Object *weakdict_keys_method(Object *self, Object **args, size_t nargs)
{
    (void)args;
    return walk_method(self, "keys", VIEW_KEYS, nargs);
}

static Object *weakdict_values_method(Object *self, Object **args, size_t nargs)
{
    (void)args;
    return walk_method(self, "values", VIEW_VALUES, nargs);
}

static Object *weakdict_items_method(Object *self, Object **args, size_t nargs)
{
    (void)args;
    return walk_method(self, "items", VIEW_ITEMS, nargs);
}

static Object *weakdict_get_method(Object *self, Object **args, size_t nargs)
{
    commit_removals(self);
    if (!check_arity(self, "get", nargs, 2, "key") || !check_key(self, args[0]))
        return NULL;
    Object *value = weakdict_getitem(self, args[0]);
    return value ? value : newref(nargs > 1 ? args[1] : None);
}

const BuiltinDef weakdict_methods[] = {
    {"keys", weakdict_keys_method, 0, -1, ARGS_POSITIONAL},
    {"values", weakdict_values_method, 0, -1, ARGS_POSITIONAL},
    {"items", weakdict_items_method, 0, -1, ARGS_POSITIONAL},
    {"get", weakdict_get_method, 0, -1, ARGS_POSITIONAL},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

/* --- the modules ----------------------------------------------------- */

static void set_attribute(Object *module, const char *name, Object *value)
{
    Object *key = str_new(name);
    dict_setitem(((Module *)module)->dict, key, value);
    decref(key);
}

static void weakref_core_init(Object *module)
{
    set_attribute(module, "ref", type_object_of(&WeakRefType));
    set_attribute(module, "ReferenceType", type_object_of(&WeakRefType));
}

static const BuiltinDef weakref_core_functions[] = {
    {"getweakrefcount", getweakrefcount, 1, 1, ARGS_ONE},
    {"getweakrefs", getweakrefs, 1, 1, ARGS_ONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

const ModuleDef weakref_core_module = {"_weakref", weakref_core_functions, weakref_core_init};

/* weakref takes _weakref's names, as Lib/weakref.py imports them, so that
 * their messages name _weakref as CPython's do.  A program may have
 * deleted one from _weakref before: it is missing from weakref too. */
static void weakref_init(Object *module)
{
    static const char *const from_core[] = {"ref", "ReferenceType", "getweakrefcount",
                                            "getweakrefs"};
    Object *name = str_new("_weakref");
    Object *core = import_module(name);
    decref(name);
    for (size_t i = 0; i < sizeof from_core / sizeof *from_core; i++) {
        Object *key = str_new(from_core[i]);
        Object *value = dict_getitem(((Module *)core)->dict, key);
        if (value != NULL)
            dict_setitem(((Module *)module)->dict, key, value);
        decref(key);
    }
    decref(core);
    set_attribute(module, "KeyedRef", type_object_of(&KeyedRefType));
    set_attribute(module, "WeakValueDictionary", type_object_of(&WeakValueDictType));
    set_attribute(module, "WeakKeyDictionary", type_object_of(&WeakKeyDictType));
    set_attribute(module, "WeakMethod", type_object_of(&WeakMethodType));
    set_attribute(module, "WeakSet", type_object_of(&WeakSetType));
    set_attribute(module, "proxy", type_object_of(&ProxyType));
    set_attribute(module, "ProxyType", type_object_of(&ProxyType));
    set_attribute(module, "CallableProxyType", type_object_of(&CallableProxyType));
    weakref_set_call_hook(call_python_callback);
//> 5 weakref_finalize
    set_attribute(module, "finalize", type_object_of(&FinalizeType));
    finalize_install_hook();
//< 5 weakref_finalize
}

const ModuleDef weakref_module = {"weakref", NULL, weakref_init};
