/* call.c: calling functions, methods, classes and built-ins.  Chapter 2 (the
 * runner).  CPython: Objects/call.c, Python/ceval.c (frames), and
 * Objects/typeobject.c (calling a class). */
#include "call.h"

#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "debug.h"
#include "error.h"
#include "exceptions.h"
#include "inherit.h"
//> 5 include_finalizer
#include "finalizer.h"
//< 5 include_finalizer
#include "instance.h"
#include "int.h"
#include "interp.h"
#include "minipy.h"
//> 4 include_weakref
#include "mod_weakref.h"
#include "weakref.h"
//< 4 include_weakref
#include "ops.h"
#include "str.h"

/* Room for the list of missing parameters' names in an error; a longer
 * list is cut. */
#define MISSING_NAMES_MAX 256
/* Frames with at most this many slots keep them on the C stack. */
#define SMALL_FRAME_SLOTS 16

void release_all(Object **items, size_t count)
{
    for (size_t i = 0; i < count; i++)
        xdecref(items[i]);
}

/* CPython 3.11's messages for a wrong number of positional arguments. */
static Object *wrong_arg_count(const Function *fn, size_t nargs)
{
    const Scope *scope = fn->code->scope;
    const char *name = str_chars(fn->qualname);
    size_t nparams = (size_t)scope->nparams;
    if (nargs > nparams)
        return raise("TypeError", "%s() takes %zu positional argument%s but %zu %s given", name,
                     nparams, nparams == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    char missing[MISSING_NAMES_MAX] = "";
    size_t count = nparams - nargs;
    for (size_t i = nargs; i < nparams; i++) {
        const char *sep = i == nargs ? "" : count == 2 ? " and " : i + 1 == nparams ? ", and " : ", ";
        size_t used = strlen(missing);
        snprintf(missing + used, sizeof missing - used, "%s'%s'", sep,
                 str_chars(scope->slot_names[i]));
    }
    return raise("TypeError", "%s() missing %zu required positional argument%s: %s", name, count,
                 count == 1 ? "" : "s", missing);
}

/* The arguments become the first slots; captured ones go into cells, and
 * the function's other captured locals get empty cells, as CPython 3.11's
 * MAKE_CELL at a function's start. */
static void fill_slots(const Function *fn, Object **slots, Object **args)
{
    const Scope *scope = fn->code->scope;
    for (int i = 0; i < scope->first_free; i++) {
        Object *arg = i < scope->nparams ? args[i] : NULL;
        slots[i] = scope->slot_is_cell[i] ? cell_new(arg) : arg;
        if (scope->slot_is_cell[i])
            xdecref(arg);
    }
    for (int i = scope->first_free; i < scope->nslots; i++)
        slots[i] = newref(((Tuple *)fn->closure)->items[i - scope->first_free]);
}

static Object *call_function(Function *fn, Object **args, size_t nargs)
{
    Scope *scope = fn->code->scope;
    if (nargs != (size_t)scope->nparams) {
        release_all(args, nargs);
        return wrong_arg_count(fn, nargs);
    }
    Object *small[SMALL_FRAME_SLOTS];
    Object **slots = scope->nslots <= SMALL_FRAME_SLOTS ? small
                     : malloc((size_t)scope->nslots * sizeof *slots);
    if (slots == NULL)
        fatal_out_of_memory("calling a function");
    fill_slots(fn, slots, args);
    Frame frame = {.scope = scope, .globals = fn->globals, .ns = NULL, .slots = slots,
                   .function = &fn->ob};
    Object *result = run_frame(&frame, fn->code);
    if (slots != small)
        free(slots);
    return result;
}

/* A new array: self (a new reference), then args[0..nargs). */
static Object **prepend_self(Object *self, Object **args, size_t nargs)
{
    Object **with_self = malloc((nargs + 1) * sizeof *with_self);
    if (with_self == NULL)
        fatal_out_of_memory("calling a method");
    with_self[0] = newref(self);
    if (nargs > 0)  /* args may be NULL when there are none */
        memcpy(with_self + 1, args, nargs * sizeof *args);
    return with_self;
}

/* Calling a class makes an instance, then runs __init__ on it. */
static Object *call_class(Object *cls, Object **args, size_t nargs)
{
    Object *init = class_lookup(cls, "__init__");
    if (init != NULL && is_object_init(init))
        init = NULL;
    if (init == NULL && nargs > 0) {
        release_all(args, nargs);
        return raise("TypeError", "%s() takes no arguments", str_chars(((Class *)cls)->name));
    }
    if (init == NULL)
        return instance_new(cls);  /* not an exception: BaseException has __init__ */
    /* Held from here: making the instance may start a collection, whose gc
     * callbacks (chapter 3) may delete the class's __init__. */
    incref(init);
    Object *instance = instance_new(cls);
    if (is_exception_class(cls))
        exception_set_args(instance, args, nargs);
    Object **with_self = prepend_self(instance, args, nargs);
    Object *result = call_object(init, with_self, nargs + 1);
    decref(init);
    free(with_self);
    if (result != NULL && result != None) {
        raise("TypeError", "__init__() should return None, not '%s'", type_name(result));
        decref(result);
        result = NULL;
    }
    if (result == NULL) {
        decref(instance);
        return NULL;
    }
    decref(result);
    return instance;
}

static Object *call_method_object(Method *m, Object **args, size_t nargs)
{
    Object **with_self = prepend_self(m->self, args, nargs);
    Object *result = call_object(m->function, with_self, nargs + 1);
    free(with_self);
    return result;
}

/* Calling int or str goes through CPython 3.11's generic tp_call, which
 * counts toward the recursion limit; list, tuple, dict, bool and type have
 * fast paths that do not. */
static Object *construct(Object *type, Object **args, size_t nargs)
{
    const Type *made = ((TypeObject *)type)->type;
    bool counts = made == &IntType || made == &StrType;
    if (counts && !enter_recursive(" while calling a Python object"))
        return NULL;
    Object *result = ((TypeObject *)type)->construct(type, args, nargs);
    if (counts)
        leave_recursive();
    return result;
}

Object *call_object(Object *callable, Object **args, size_t nargs)
{
    const Type *t = callable->type;
    if (t == &FunctionType)
        return call_function((Function *)callable, args, nargs);
    if (t == &MethodType)
        return call_method_object((Method *)callable, args, nargs);
    if (t == &ClassType)
        return call_class(callable, args, nargs);
    Object *result;
    if (t == &BuiltinType)
        result = builtin_call(((Builtin *)callable)->def, ((Builtin *)callable)->self, args, nargs);
    else if (t == &TypeObjectType)
        result = construct(callable, args, nargs);
//> 4 call_weakref
    else if (is_weakref(callable))
        result = weakref_call(callable, args, nargs);
//< 4 call_weakref
//> 5 call_finalize
    else if (t == &FinalizeType)
        result = finalize_call_object(callable, args, nargs);
//< 5 call_finalize
    else
        result = raise("TypeError", "'%s' object is not callable", type_name(callable));
    release_all(args, nargs);
    return result;
}
