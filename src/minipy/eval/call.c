/* call.c: calling functions, methods, classes and built-ins.  Chapter 2 (the
 * runner).  CPython: Objects/call.c, Python/ceval.c (frames), and
 * Objects/typeobject.c (calling a class). */
#include "call.h"

#include <stdlib.h>
#include <string.h>

#include "arguments.h"
#include "class.h"
#include "debug.h"
#include "descriptor.h"
#include "dict.h"
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
#include "modules.h"
//> 4 include_weakref
#include "mod_weakref.h"
#include "weakmethod.h"
#include "weakproxy.h"
#include "weakref.h"
//< 4 include_weakref
#include "ops.h"
//> 5 call_include_generator
#include "generator.h"
//< 5 call_include_generator
#include "protocols.h"
#include "str.h"

/* Frames with at most this many slots keep them on the C stack. */
#define SMALL_FRAME_SLOTS 16

void release_all(Object **items, size_t count)
{
    for (size_t i = 0; i < count; i++)
        xdecref(items[i]);
}

/* The parameters that inner functions capture go into cells, and the
 * function's other captured locals get empty cells, as CPython 3.11's
 * MAKE_CELL at a function's start; then the free variables' cells. */
static void fill_cells(const Function *fn, Object **slots)
{
    const Scope *scope = fn->code->scope;
    for (int i = 0; i < scope->first_free; i++)
        if (scope->slot_is_cell[i]) {
            Object *arg = slots[i];
            slots[i] = cell_new(arg);
            xdecref(arg);
        }
    for (int i = scope->first_free; i < scope->nslots; i++)
        slots[i] = newref(((Tuple *)fn->closure)->items[i - scope->first_free]);
}

static Object *call_function(Function *fn, Object **args, size_t nargs, Object *kwnames)
{
    Scope *scope = fn->code->scope;
    Object *small[SMALL_FRAME_SLOTS] = {0};
    Object **slots = scope->nslots <= SMALL_FRAME_SLOTS ? small
                     : calloc((size_t)scope->nslots, sizeof *slots);
    if (slots == NULL)
        fatal_out_of_memory("calling a function");
    Object *result = NULL;
    if (bind_arguments(fn, slots, args, nargs, kwnames) < 0) {
        release_all(slots, (size_t)scope->nparams);
    } else {
        fill_cells(fn, slots);
        Frame frame = {.scope = scope, .globals = fn->globals, .ns = NULL, .slots = slots,
                       .function = &fn->ob};
/*< 5 call_run_frame
        result = run_frame(&frame, fn->code);
*/
//> 5 call_generator
        result = scope->is_generator ? gen_new(&fn->ob, fn->code, fn->globals, slots)
                                     : run_frame(&frame, fn->code);
//< 5 call_generator
    }
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
static Object *call_class(Object *cls, Object **args, size_t nargs, Object *kwnames)
{
    Object *init = class_lookup(cls, "__init__");
    if (init != NULL && is_object_init(init))
        init = NULL;
    size_t nkw = keyword_count(kwnames);
    if (init == NULL && nargs + nkw > 0) {
        release_all(args, nargs + nkw);
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
    Object **with_self = prepend_self(instance, args, nargs + nkw);
    Object *result = call_object_kw(init, with_self, nargs + 1, kwnames);
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

static Object *call_method_object(Method *m, Object **args, size_t nargs, Object *kwnames)
{
    Object **with_self = prepend_self(m->self, args, nargs + keyword_count(kwnames));
    Object *result = call_object_kw(m->function, with_self, nargs + 1, kwnames);
    free(with_self);
    return result;
}

/* An instance whose class defines __call__: the method runs with the
 * instance as self. */
static Object *call_instance(Object *instance, Object **args, size_t nargs, Object *kwnames)
{
    /* held: the method may delete itself from its class while it runs */
    Object *function = newref(special_method(instance, "__call__"));
    Object **with_self = prepend_self(instance, args, nargs + keyword_count(kwnames));
    Object *result = call_object_kw(function, with_self, nargs + 1, kwnames);
    free(with_self);
    decref(function);
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

/* CPython 3.11's words for a C function whose signature takes no keyword
 * arguments; `owner` is NULL or the type of the object it is bound to. */
static Object *no_keywords(const char *owner, const char *name)
{
    return raise("TypeError", "%s%s%s() takes no keyword arguments", owner ? owner : "",
                 owner ? "." : "", name);
}

/* Match the keyword arguments to kw's keywords: kwargs[i] becomes the value
 * for keywords[i] (by position first, then by name) or stays NULL.  False
 * with CPython 3.11's TypeError for a keyword `called` does not take. */
static bool bind_keywords(const KeywordDef *kw, const char *called, Object **args, size_t nargs,
                          const Object *kwnames, Object **kwargs)
{
    for (size_t i = 0; i < kw->positional && i < nargs; i++)
        kwargs[i] = args[i];
    for (size_t k = 0; k < keyword_count(kwnames); k++) {
        const char *name = str_chars(((const Tuple *)kwnames)->items[k]);
        size_t i = 0;
        while (kw->keywords[i] != NULL && strcmp(kw->keywords[i], name) != 0)
            i++;
        if (kw->keywords[i] == NULL || (kwargs[i] != NULL && kw->repeat_is_invalid)) {
            raise("TypeError", "'%s' is an invalid keyword argument for %s()", name, called);
            return false;
        }
        if (kwargs[i] != NULL) {
            raise("TypeError", "argument for %s() given by name ('%s') and position (%zu)",
                  called, name, i + 1);
            return false;
        }
        kwargs[i] = args[nargs + k];
    }
    return true;
}

/* How many arguments a count check sees: keywords that may come by
 * position count with the positional ones. */
static size_t counted_arguments(const KeywordDef *kw, size_t nargs, const Object *kwnames)
{
    return nargs + (kw->positional > 0 ? keyword_count(kwnames) : 0);
}

Object *builtin_call_kw(const BuiltinDef *def, Object *self, Object **args, size_t nargs,
                        const Object *kwnames)
{
    if (keyword_count(kwnames) == 0)
        return builtin_call(def, self, args, nargs);
    const KeywordDef *kw = keyword_def(def->fn);
    if (kw == NULL)
        return no_keywords(self == NULL || self->type == &ModuleType ? NULL : type_name(self),
                           def->name);
    size_t counted = counted_arguments(kw, nargs, kwnames);
    if (nargs < (size_t)def->min_args || (def->max_args >= 0 && counted > (size_t)def->max_args))
        return builtin_call(def, self, args, counted);  /* its error */
    Object *kwargs[BUILTIN_KEYWORDS_MAX] = {NULL};
    if (!bind_keywords(kw, kw->called ? kw->called : def->name, args, nargs, kwnames, kwargs))
        return NULL;
    return kw->fn(self, args, nargs, kwargs);
}

/* Calling a built-in type with keyword arguments: those its constructor
 * takes (enumerate's start), else CPython 3.11's TypeError. */
static Object *construct_kw(Object *type, Object **args, size_t nargs, const Object *kwnames)
{
    BuiltinFn make = ((TypeObject *)type)->construct;
    const char *name = ((TypeObject *)type)->type->name;
    if (((TypeObject *)type)->type == &DictType) /* dict(**kwargs): any names */
        return dict_construct_kw(type, args, nargs, kwnames);
    const KeywordDef *kw = keyword_def(make);
    if (kw == NULL)
        return no_keywords(NULL, name);
    size_t counted = counted_arguments(kw, nargs, kwnames);
    if (kw->positional > 0 && counted > kw->positional) /* 0: keywords only (zip's) */
        return make(type, args, counted);  /* its error */
    Object *kwargs[BUILTIN_KEYWORDS_MAX] = {NULL};
    if (!bind_keywords(kw, name, args, nargs, kwnames, kwargs))
        return NULL;
    return kw->fn(type, args, nargs, kwargs);
}

bool is_callable(Object *op)
{
    const Type *t = op->type;
    bool yes = t == &FunctionType || t == &MethodType || t == &ClassType || t == &BuiltinType ||
               t == &TypeObjectType || t == &StaticMethodType ||
               (is_instance(op) && has_special(op, "__call__"));
//> 4 callable_weakref
    yes = yes || is_weakref(op) || t == &WeakMethodType || t == &CallableProxyType;
//< 4 callable_weakref
//> 5 callable_finalize
    yes = yes || t == &FinalizeType;
//< 5 callable_finalize
    return yes;
}

//> 4 call_proxy
/* Calling a proxy calls what it stands for, while that lives. */
static Object *call_through_proxy(Object *proxy, Object **args, size_t nargs, Object *kwnames)
{
    Object *referent = proxy_referent(proxy);
    if (referent == NULL) {
        release_all(args, nargs + keyword_count(kwnames));
        return NULL;
    }
    Object *result = call_object_kw(referent, args, nargs, kwnames);
    decref(referent);
    return result;
}
//< 4 call_proxy

Object *call_object_kw(Object *callable, Object **args, size_t nargs, Object *kwnames)
{
    const Type *t = callable->type;
    if (t == &FunctionType)
        return call_function((Function *)callable, args, nargs, kwnames);
    if (t == &MethodType)
        return call_method_object((Method *)callable, args, nargs, kwnames);
    if (t == &ClassType)
        return call_class(callable, args, nargs, kwnames);
    if (is_instance(callable) && has_special(callable, "__call__"))
        return call_instance(callable, args, nargs, kwnames);
//> 4 call_proxy_dispatch
    if (t == &CallableProxyType)
        return call_through_proxy(callable, args, nargs, kwnames);
//< 4 call_proxy_dispatch
    Object *result;
    size_t nkw = keyword_count(kwnames);
    if (t == &BuiltinType)
        result = builtin_call_kw(((Builtin *)callable)->def, ((Builtin *)callable)->self, args,
                                 nargs, kwnames);
    else if (t == &TypeObjectType)
        result = nkw ? construct_kw(callable, args, nargs, kwnames) : construct(callable, args, nargs);
//> 4 call_weakref
    else if (is_weakref(callable))
        result = nkw ? no_keywords(NULL, type_name(callable)) : weakref_call(callable, args, nargs);
    else if (t == &WeakMethodType)
        result = nkw ? no_keywords(NULL, type_name(callable)) : weakmethod_call(callable, args, nargs);
//< 4 call_weakref
//> 5 call_finalize
    else if (t == &FinalizeType)
        result = nkw ? no_keywords(NULL, type_name(callable))
                     : finalize_call_object(callable, args, nargs);
//< 5 call_finalize
    else
        result = raise("TypeError", "'%s' object is not callable", type_name(callable));
    release_all(args, nargs + nkw);
    return result;
}

Object *call_object(Object *callable, Object **args, size_t nargs)
{
    return call_object_kw(callable, args, nargs, NULL);
}
