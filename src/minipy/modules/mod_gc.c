/* mod_gc.c: the gc module, our collector's API with CPython's names.
 * Chapter 2 (the runner).  CPython: Modules/gcmodule.c. */
#include <limits.h>

#include "error.h"
#include "gc.h"
#include "int.h"
#include "list.h"
//> 3 include_mod_gc
#include "mod_gc.h"
//< 3 include_mod_gc
#include "modules.h"
#include "ops.h"

/*< 3 num_generations
/\* CPython's generations are numbered 0 to 2; chapter 3 gives them meaning. *\/
#define NUM_GENERATIONS 3

*/
bool gc_int_argument(Object *arg, const char *too_large, const char *too_small, int *out)
{
    if (!is_int(arg)) {
        raise("TypeError", "'%s' object cannot be interpreted as an integer", type_name(arg));
        return false;
    }
    long value = as_long(arg);
    if (value > INT_MAX || value < INT_MIN) {
        raise("OverflowError", "%s", value > INT_MAX ? too_large : too_small);
        return false;
    }
    *out = (int)value;
    return true;
}

/* gc.collect([generation]): the oldest by default, as in CPython. */
static Object *gc_collect_fn(Object *self, Object **args, size_t nargs)
{
    (void)self;
    int generation = NUM_GENERATIONS - 1;
    if (nargs > 0 && !gc_int_argument(args[0], C_INT_OVERFLOW, C_INT_OVERFLOW, &generation))
        return NULL;
    if (generation < 0 || generation >= NUM_GENERATIONS)
        return raise("ValueError", "invalid generation");
/*< 3 collect_generation
    return int_new(gc_collect());
*/
//> 3 collect_generation
    return int_new(gc_collect_generation(generation));
//< 3 collect_generation
}

static Object *gc_enable_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    gc_enable();
    return newref(None);
}

static Object *gc_disable_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    gc_disable();
    return newref(None);
}

static Object *gc_isenabled_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return bool_from(gc_isenabled());
}

static Object *gc_get_objects_fn(Object *self, Object **args, size_t nargs)
{
    (void)self;
/*< 3 get_objects_generation
    (void)args, (void)nargs;
    return gc_get_objects();
*/
//> 3 get_objects_generation
    int generation = -1; /* every generation */
    if (nargs > 0 && !gc_objects_generation(args[0], &generation))
        return NULL;
    return gc_get_objects(generation);
//< 3 get_objects_generation
}

static Object *gc_is_tracked_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return bool_from(gc_is_tracked(args[0]));
}

//> 5 gc_is_finalized
static Object *gc_is_finalized_fn(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return bool_from(gc_is_finalized(args[0]));
}
//< 5 gc_is_finalized

typedef struct Targets {
    Object **items;
    size_t count;
} Targets;

static int visit_any(Object *referent, void *arg)
{
    const Targets *targets = arg;
    for (size_t i = 0; i < targets->count; i++)
        if (referent == targets->items[i])
            return 1; /* found: stop the traverse */
    return 0;
}

/* gc.get_referrers(*objs): every tracked object that refers to any of
 * objs, once, in the collector's order. */
static Object *gc_get_referrers_fn(Object *self, Object **args, size_t nargs)
{
    (void)self;
    Targets targets = {args, nargs};
    /*< 3
    Object *tracked = gc_get_objects();
    */
    //> 3
    Object *tracked = gc_get_objects(-1);
    //< 3
    Object *result = list_new();
    for (size_t i = 0; i < list_size(tracked); i++) {
        Object *candidate = list_getitem(tracked, i);
        if (candidate->type->traverse(candidate, visit_any, &targets))
            list_append(result, candidate);
    }
    decref(tracked);
    return result;
}

/* gc.get_referents(*objs): what each refers to, one after the other. */
static Object *gc_get_referents_fn(Object *self, Object **args, size_t nargs)
{
    (void)self;
    Object *result = list_new();
    for (size_t i = 0; i < nargs; i++) {
        Object *found = gc_get_referents(args[i]);
        for (size_t k = 0; k < list_size(found); k++)
            list_append(result, list_getitem(found, k));
        decref(found);
    }
    return result;
}

static const BuiltinDef gc_functions[] = {
    {"collect", gc_collect_fn, 0, 1, ARGS_TUPLE},
    {"enable", gc_enable_fn, 0, 0, ARGS_NONE},
    {"disable", gc_disable_fn, 0, 0, ARGS_NONE},
    {"isenabled", gc_isenabled_fn, 0, 0, ARGS_NONE},
/*< 3 get_objects_entry
    {"get_objects", gc_get_objects_fn, 0, 0, ARGS_TUPLE},
*/
//> 3 get_objects_entry
    {"get_objects", gc_get_objects_fn, 0, 1, ARGS_TUPLE},
//< 3 get_objects_entry
    {"is_tracked", gc_is_tracked_fn, 1, 1, ARGS_ONE},
//> 5 gc_is_finalized_entry
    {"is_finalized", gc_is_finalized_fn, 1, 1, ARGS_ONE},
//< 5 gc_is_finalized_entry
    {"get_referrers", gc_get_referrers_fn, 0, -1, ARGS_POSITIONAL},
    {"get_referents", gc_get_referents_fn, 0, -1, ARGS_POSITIONAL},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

/*< 3 gc_module
const ModuleDef gc_module = {"gc", gc_functions, NULL};
*/
//> 3 gc_module
/* Chapter 3's functions, constants and lists join on import
 * (mod_gc_generations.c). */
const ModuleDef gc_module = {"gc", gc_functions, gc_generations_init};
//< 3 gc_module
