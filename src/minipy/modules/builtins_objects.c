/* builtins_objects.c: the built-in functions that look into objects:
 * setattr, delattr, callable, hash, iter, next, vars, dir.  Chapter 2 (the
 * runner).  CPython: Python/bltinmodule.c, and Objects/tupleobject.c and
 * Objects/longobject.c for hash.
 *
 * Each checks its arguments and raises what CPython 3.11 raises, with the
 * same message. */
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "class.h"
#include "debug.h"
#include "descriptor.h"
#include "dict.h"
#include "error.h"
#include "instance.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "protocols.h"
#include "str.h"
#include "table.h"

/* CPython's modulus for the hash of an int: 2**61 - 1 (Python/pyhash.h). */
#define HASH_MODULUS (((long)1 << 61) - 1)
/* The constants of CPython 3.11's tuple hash, an xxHash round per item
 * (Objects/tupleobject.c). */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XX_LENGTH_SALT 3527539UL
#define XX_ROTATE_BITS 31
#define TUPLE_HASH_OF_MINUS_ONE 1546275796

static bool check_name(Object *name)
{
    if (name->type == &StrType)
        return true;
    raise("TypeError", "attribute name must be string, not '%s'", type_name(name));
    return false;
}

static Object *builtin_setattr(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    if (!check_name(args[1]) || set_attr(args[0], args[1], args[2]) < 0)
        return NULL;
    return newref(None);
}

static Object *builtin_delattr(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    if (!check_name(args[1]) || del_attr(args[0], args[1]) < 0)
        return NULL;
    return newref(None);
}

static Object *builtin_callable(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return bool_from(is_callable(args[0]));
}

/* hash(x) as CPython 3.11 computes it where the value is not random: an
 * int is itself modulo 2**61 - 1, a tuple mixes its items' hashes.  (A
 * str's hash is salted per run in CPython, so any value is as good.)
 * -1 with an exception set. */
static long hash_of(Object *x)
{
    if (is_instance(x))
        return user_hash(x);
    if (!check_hashable(x))
        return -1;
    if (is_int(x)) {
        long n = as_long(x);
        unsigned long magnitude = n < 0 ? (unsigned long)-(n + 1) + 1 : (unsigned long)n;
        long h = (long)(magnitude % HASH_MODULUS);
        h = n < 0 ? -h : h;
        return h == -1 ? -2 : h;
    }
    if (x->type != &TupleType)
        return (long)(key_hash(x) >> 1);
    const Tuple *t = (const Tuple *)x;
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < t->ob.size; i++) {
        long lane = hash_of(t->items[i]);
        if (lane == -1 && error_occurred())
            return -1;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = (acc << XX_ROTATE_BITS) | (acc >> (64 - XX_ROTATE_BITS));
        acc *= XXPRIME_1;
    }
    acc += t->ob.size ^ (XXPRIME_5 ^ XX_LENGTH_SALT);
    return acc == (uint64_t)-1 ? TUPLE_HASH_OF_MINUS_ONE : (long)acc;
}

static Object *builtin_hash(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    long h = hash_of(args[0]);
    return h == -1 && error_occurred() ? NULL : int_new(h);
}

static Object *builtin_iter(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs > 1)
        return raise("NotImplementedError", "minipy's iter() takes no sentinel");
    return get_iter(args[0]);
}

static Object *builtin_next(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (!is_iterator(args[0]))
        return raise("TypeError", "'%s' object is not an iterator", type_name(args[0]));
    Object *item = next_of(args[0]);
    if (item != NULL || error_occurred())
        return item;
    return nargs > 1 ? newref(args[1]) : raise("StopIteration", "%s", "");
}

static Object *builtin_vars(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs == 0)
        return raise("NotImplementedError", "minipy's vars() needs an argument");
    Object *x = args[0];
    if (x->type == &ModuleType)
        return newref(((Module *)x)->dict);
    if (x->type == &FunctionType)
        return newref(((Function *)x)->dict ? ((Function *)x)->dict : None);
    if (is_instance(x) || x->type == &ClassType)
        return raise("NotImplementedError", "minipy's instances and classes keep their "
                     "attributes in no __dict__ object, so vars() has none to return");
    return raise("TypeError", "vars() argument must have __dict__ attribute");
}

/* The attributes dir() shows on every instance and class: object's, as
 * CPython 3.11 lists them. */
static const char *const object_attributes[] = {
    "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    "__weakref__",
};

static void add_keys(Object *names, const Table *table)
{
    size_t pos = 0;
    Object *key, *value;
    while (table_next(table, &pos, &key, &value))
        dict_setitem(names, key, None);
}

static int by_text(const void *a, const void *b)
{
    return strcmp(str_chars(*(Object *const *)a), str_chars(*(Object *const *)b));
}

/* The keys of a dict, sorted, as a new list. */
static Object *sorted_keys(Object *names)
{
    Object *list = list_new();
    size_t pos = 0;
    Object *key, *value;
    while (dict_next(names, &pos, &key, &value))
        list_append(list, key);
    qsort(((List *)list)->items, list_size(list), sizeof(Object *), by_text);
    return list;
}

static Object *builtin_dir(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs == 0)
        return raise("NotImplementedError", "minipy's dir() needs an argument");
    Object *x = args[0];
    if (x->type == &ModuleType)
        return sorted_keys(((Module *)x)->dict);
    if (!is_instance(x) && x->type != &ClassType)
        return raise("NotImplementedError", "minipy's dir() lists the attributes of "
                     "instances, classes and modules only, not of '%s'", type_name(x));
    Object *names = dict_new();
    for (size_t i = 0; i < sizeof object_attributes / sizeof *object_attributes; i++) {
        Object *name = str_new(object_attributes[i]);
        dict_setitem(names, name, None);
        decref(name);
    }
    Object *cls = is_instance(x) ? instance_class(x) : x;
    add_keys(names, &((Class *)cls)->attrs);
    size_t pos = 0;
    Object *key, *value;
    while (is_instance(x) && instance_next_attr(x, &pos, &key, &value))
        dict_setitem(names, key, None);
    Object *result = sorted_keys(names);
    decref(names);
    return result;
}

const BuiltinDef object_builtins[] = {
    {"setattr", builtin_setattr, 3, 3, ARGS_POSITIONAL},
    {"delattr", builtin_delattr, 2, 2, ARGS_POSITIONAL},
    {"callable", builtin_callable, 1, 1, ARGS_ONE},
    {"hash", builtin_hash, 1, 1, ARGS_ONE},
    {"iter", builtin_iter, 1, 2, ARGS_POSITIONAL},
    {"next", builtin_next, 1, 2, ARGS_POSITIONAL},
    {"vars", builtin_vars, 0, 1, ARGS_POSITIONAL},
    {"dir", builtin_dir, 0, 1, ARGS_POSITIONAL},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};
