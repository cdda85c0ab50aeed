/* builtins_objects.c: the built-in functions that look into objects:
 * setattr, delattr, callable, hash, iter, next, vars, dir.  Chapter 2 (the
 * runner).  CPython: Python/bltinmodule.c.
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
#include "enumobject.h"
#include "error.h"
#include "hash.h"
#include "instance.h"
#include "int.h"
#include "iterobject.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "protocols.h"
#include "str.h"
#include "table.h"
//> 5 builtins_include_generator
#include "generator.h"
//< 5 builtins_include_generator

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

static Object *builtin_hash(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    int64_t h;
    return object_hash(args[0], &h) ? int_new(h) : NULL;
}

static Object *builtin_iter(Object *self, Object **args, size_t nargs)
{
    (void)self;
    return nargs > 1 ? callable_iterator_new(args[0], args[1]) : get_iter(args[0]);
}

static Object *builtin_next(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (!is_iterator(args[0]))
        return raise("TypeError", "'%s' object is not an iterator", type_name(args[0]));
//> 5 next_of_generator_returned
    if (args[0]->type == &GeneratorType) { /* its return value goes with StopIteration */
        Object *returned;
        Object *item = gen_send(args[0], None, &returned);
        if (item != NULL || returned == NULL || nargs == 1)
            return item ? item : gen_stop_iteration(returned);
        decref(returned);
        return newref(args[1]);
    }
//< 5 next_of_generator_returned
    Object *item = next_of(args[0]);
    if (item != NULL || error_occurred())
        return item;
    return nargs > 1 ? newref(args[1]) : raise("StopIteration", "%s", "");
}

/* Store every pair of a table in a dict. */
static void add_pairs(Object *dict, const Table *table)
{
    size_t pos = 0;
    Object *key, *value;
    while (table_next(table, &pos, &key, &value))
        dict_setitem(dict, key, value);
}

/* Store every attribute of an instance in a dict. */
static void add_attrs(Object *dict, const Object *inst)
{
    size_t pos = 0;
    Object *name, *value;
    while (instance_next_attr(inst, &pos, &name, &value))
        dict_setitem(dict, name, value);
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
    if (is_instance(x)) { /* a copy: the instance keeps no __dict__ object */
        Object *copy = dict_new();
        add_attrs(copy, x);
        return copy;
    }
    if (x->type == &ClassType)
        return raise("NotImplementedError", "minipy's classes keep their attributes in no "
                     "__dict__ object, so vars() has none to return");
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
    add_pairs(names, &((Class *)cls)->attrs);
    if (is_instance(x))
        add_attrs(names, x);
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
