/* mod_gc_generations.c: the gc module's part in chapter 3: the counts and
 * thresholds of the generations, their objects and statistics, freezing,
 * the debug flags, gc.garbage and gc.callbacks.  Chapter 3 (the runner).
 * CPython: Modules/gcmodule.c (3.11), whose names, arguments, results and
 * messages these functions keep. */
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "mod_gc.h"
#include "modules.h"
#include "ops.h"
#include "str.h"

/* What PyArg_ParseTuple's "i" says of an int beyond a C int. */
#define PARSE_INT_TOO_LARGE "signed integer is greater than maximum"
#define PARSE_INT_TOO_SMALL "signed integer is less than minimum"

/* gc.garbage and gc.callbacks, held from the import of gc until shutdown
 * is over: a program may rebind the module's attributes, and CPython's
 * collector keeps its own lists all the same. */
static Object *garbage, *callbacks;

/* A tuple of one figure of each generation, youngest first. */
static Object *per_generation(long (*figure)(int generation))
{
    Object *items[NUM_GENERATIONS];
    for (int i = 0; i < NUM_GENERATIONS; i++)
        items[i] = int_new(figure(i));
    return tuple_from(items, NUM_GENERATIONS);
}

static Object *gc_get_count_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return per_generation(gc_get_count);
}

static Object *gc_get_threshold_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return per_generation(gc_get_threshold);
}

/* set_threshold(threshold0[, threshold1[, threshold2]]): a generation not
 * given keeps its threshold.  Every argument is checked before any is set;
 * any int is taken, 0 or negative too (0 for generation 0 turns automatic
 * collection off). */
static Object *gc_set_threshold_fn(Object *self, Object **args, size_t nargs)
{
    (void)self;
    int thresholds[NUM_GENERATIONS];
    for (size_t i = 0; i < nargs; i++)
        if (!gc_int_argument(args[i], PARSE_INT_TOO_LARGE, PARSE_INT_TOO_SMALL, &thresholds[i]))
            return NULL;
    for (size_t i = 0; i < nargs; i++)
        gc_set_threshold((int)i, thresholds[i]);
    return newref(None);
}

bool gc_objects_generation(Object *arg, int *generation)
{
    if (arg == None) {
        *generation = -1;
        return true;
    }
    if (!is_int(arg)) {
        raise("TypeError", "argument should be integer or None, not '%s'", type_name(arg));
        return false;
    }
    long value = as_long(arg);
    if (value >= NUM_GENERATIONS) {
        raise("ValueError", "generation parameter must be less than the number of available "
                            "generations (%d)", NUM_GENERATIONS);
        return false;
    }
    if (value < -1) {
        raise("ValueError", "generation parameter cannot be negative");
        return false;
    }
    *generation = (int)value;
    return true;
}

void gc_set_int_item(Object *dict, const char *name, long value)
{
    Object *key = str_new(name);
    Object *number = int_new(value);
    dict_setitem(dict, key, number);
    decref(key);
    decref(number);
}

/* get_stats(): a dict for each generation, its keys in CPython's order. */
static Object *gc_get_stats_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    Object *result = list_new();
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GCStats stats = gc_get_stats(i);
        Object *dict = dict_new();
        gc_set_int_item(dict, "collections", stats.collections);
        gc_set_int_item(dict, "collected", stats.collected);
        gc_set_int_item(dict, "uncollectable", stats.uncollectable);
        list_append(result, dict);
        decref(dict);
    }
    return result;
}

static Object *gc_freeze_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    gc_freeze();
    return newref(None);
}

static Object *gc_unfreeze_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    gc_unfreeze();
    return newref(None);
}

static Object *gc_get_freeze_count_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return int_new(gc_get_freeze_count());
}

/* set_debug(flags): any C int, as CPython takes it; the flags it knows are
 * the DEBUG_ constants. */
static Object *gc_set_debug_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    int flags;
    if (!gc_int_argument(args[0], C_INT_OVERFLOW, C_INT_OVERFLOW, &flags))
        return NULL;
    gc_set_debug(flags);
    return newref(None);
}

static Object *gc_get_debug_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return int_new(gc_get_debug());
}

static const BuiltinDef gc_generation_functions[] = {
    {"get_count", gc_get_count_fn, 0, 0, ARGS_NONE},
    {"get_threshold", gc_get_threshold_fn, 0, 0, ARGS_NONE},
    {"set_threshold", gc_set_threshold_fn, 1, NUM_GENERATIONS, ARGS_TUPLE},
    {"get_stats", gc_get_stats_fn, 0, 0, ARGS_NONE},
    {"freeze", gc_freeze_fn, 0, 0, ARGS_NONE},
    {"unfreeze", gc_unfreeze_fn, 0, 0, ARGS_NONE},
    {"get_freeze_count", gc_get_freeze_count_fn, 0, 0, ARGS_NONE},
    {"set_debug", gc_set_debug_fn, 1, 1, ARGS_ONE},
    {"get_debug", gc_get_debug_fn, 0, 0, ARGS_NONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

static const struct {
    const char *name;
    int value;
} debug_flags[] = {
    {"DEBUG_STATS", GC_DEBUG_STATS},
    {"DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE},
    {"DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE},
    {"DEBUG_SAVEALL", GC_DEBUG_SAVEALL},
    {"DEBUG_LEAK", GC_DEBUG_LEAK},
};

/* module.name = value (borrowed). */
static void add_attribute(Object *module, const char *name, Object *value)
{
    Object *key = str_new(name);
    dict_setitem(((Module *)module)->dict, key, value);
    decref(key);
}

void gc_generations_init(Object *module)
{
    module_add_functions(module, gc_generation_functions);
    Object *dict = ((Module *)module)->dict;
    for (size_t i = 0; i < sizeof debug_flags / sizeof *debug_flags; i++)
        gc_set_int_item(dict, debug_flags[i].name, debug_flags[i].value);
    /* One collector, one pair of lists, as in CPython: a program that
     * imports gc again after taking it out of the modules finds the same. */
    if (garbage == NULL)
        garbage = newref(gc_get_garbage());
    if (callbacks == NULL)
        callbacks = list_new();
    add_attribute(module, "garbage", garbage);
    add_attribute(module, "callbacks", callbacks);
}

Object *gc_callbacks(void)
{
    return callbacks;
}

bool gc_module_list(const Object *op)
{
    return op != NULL && (op == garbage || op == callbacks);
}

/* A list's clear, as the collector's, leaves it empty and whole. */
static void empty(Object *list)
{
    if (list != NULL)
        ListType.clear(list);
}

void gc_module_end_program(void)
{
    empty(callbacks);
    empty(garbage);
}

static void clear(Object **place)
{
    Object *op = *place;
    *place = NULL;
    xdecref(op);
}

void gc_module_release(void)
{
    clear(&callbacks);
    clear(&garbage);
}
