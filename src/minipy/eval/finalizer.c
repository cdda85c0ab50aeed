/* finalizer.c: __del__ and weakref.finalize.  Chapter 5 (the runner).
 * CPython: slot_tp_finalize in Objects/typeobject.c, PyErr_WriteUnraisable,
 * and the class finalize of Lib/weakref.py.
 *
 * Both run Python code wherever an object dies: inside a decref, inside a
 * collection an allocation started, in the middle of any operation.  The
 * exception that may be on its way there is set aside while they run, and
 * one they raise is reported, as nobody can catch it. */
#include "finalizer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "gc.h"
#include "inherit.h"
#include "instance.h"
#include "interp.h"
#include "list.h"
#include "ops.h"
#include "str.h"
#include "weakfinalize.h"
#include "weakref.h"

/* --- __del__ ----------------------------------------------------------- */

/* The finalize slot of a class with __del__.  It is looked up at each call,
 * as CPython's slot looks it up: a program may have replaced it.  A
 * function is called with self; anything else is called as it is (CPython
 * binds only functions), and fails if it cannot be. */
static void call_del(Object *self)
{
    Object *del = class_lookup(instance_class(self), "__del__");
    if (del == NULL || !code_may_run())
        return;
    SavedError *pending = error_fetch();
    incref(del);
    bool method = del->type == &FunctionType;
    Object *arg = method ? newref(self) : NULL;
    Object *result = call_object(del, &arg, method ? 1 : 0);
    if (result == NULL)
        report_unraisable(del);
    xdecref(result);
    decref(del);
    error_restore(pending);
}

bool is_del_name(const Object *name)
{
    return name->type == &StrType && strcmp(str_chars(name), "__del__") == 0;
}

void class_update_finalizer(Object *cls)
{
    bool has_del = class_lookup(cls, "__del__") != NULL;
    ((Class *)cls)->instance_type.finalize = has_del ? call_del : NULL;
}

/* --- weakref.finalize ------------------------------------------------------ */

/* CPython's finalize.__init__(self, obj, func, /, *args, **kwargs) counts
 * self among its arguments in its messages. */
static bool check_init_arguments(Object **args, size_t nargs)
{
    if (nargs == 0)
        raise("TypeError", "finalize.__init__() missing 2 required positional arguments: "
                           "'obj' and 'func'");
    else if (nargs == 1)
        raise("TypeError", "finalize.__init__() missing 1 required positional argument: "
                           "'func'");
    else if (!is_weakrefable(args[0]))
        raise("TypeError", "cannot create weak reference to '%s' object", type_name(args[0]));
    return nargs >= 2 && is_weakrefable(args[0]);
}

/* CPython's weakref module registers its exit function with its first
 * finalize object, and that function, once it has made the at-exit calls,
 * stops all others (finalize._shutdown): a finalize object whose object
 * dies later in the shutdown, or that a finalizer calls then, calls
 * nothing.  A program that made none before its exit has no exit
 * function, and its finalize objects made at shutdown call as usual. */
static bool made_one;      /* the program has made a finalize object */
static bool calls_stopped; /* finalize_run_at_exit stopped them */

/* The arguments to pass are kept as a tuple, what peek() shows. */
Object *finalize_construct(Object *type, Object **args, size_t nargs)
{
    (void)type;
    if (!check_init_arguments(args, nargs))
        return NULL;
    /* The first one imports atexit, which fails once sys.modules is gone. */
    if (!made_one && interp.phase != PHASE_RUNNING)
        return raise("ImportError", "sys.meta_path is None, Python is likely shutting down");
    made_one = true;
    Object *list = list_new();
    for (size_t i = 2; i < nargs; i++)
        list_append(list, args[i]);
    Object *extra = tuple_from_list(list);
    Object *f = finalize_new(args[0], args[1], extra);
    decref(extra);
    return f;
}

/* func(*args): a new array of the tuple's items, as call_object steals. */
static Object *call_with_tuple(Object *func, Object *args)
{
    size_t n = (size_t)((Tuple *)args)->ob.size;
    Object *small[8], **items = n <= 8 ? small : calloc(n, sizeof *items);
    if (items == NULL)
        fatal_out_of_memory("calling a finalizer");
    for (size_t i = 0; i < n; i++)
        items[i] = newref(((Tuple *)args)->items[i]);
    Object *result = call_object(func, items, n);
    if (items != small)
        free(items);
    return result;
}

Object *finalize_call_object(Object *f, Object **args, size_t nargs)
{
    (void)args;
    if (nargs > 1)
        return raise("TypeError", "finalize.__call__() takes from 1 to 2 positional arguments "
                                  "but %zu were given", nargs + 1);
    Object *func, *extra;
    if (!finalize_detach(f, &func, &extra))
        return newref(None);
    Object *result = calls_stopped ? newref(None) : call_with_tuple(func, extra);
    decref(func);
    decref(extra);
    return result;
}

static bool at_exit; /* finalize_run_at_exit is running */

/* The runtime's hook, when the object dies (or at exit). */
static void call_python_finalizer(Object *f, Object *func, Object *args)
{
    if (!code_may_run() || calls_stopped)
        return;
    SavedError *pending = error_fetch();
    Object *result = call_with_tuple(func, args);
    if (result == NULL && at_exit) {
        fflush(stdout);
        error_print(stderr, interp.filename, interp.source);
    } else if (result == NULL) {
        report_unraisable(f);
    }
    xdecref(result);
    error_restore(pending);
}

/* Each program imports weakref afresh: its finalize objects start with
 * no exit function. */
void finalize_install_hook(void)
{
    finalize_set_call_hook(call_python_finalizer);
    made_one = calls_stopped = false;
}

void finalize_run_at_exit(void)
{
    bool enabled = gc_isenabled();
    gc_disable();
    at_exit = true;
    finalize_at_exit();
    at_exit = false;
    calls_stopped = made_one;
    if (enabled)
        gc_enable();
}

Object *finalize_attribute(Object *f, const char *attr)
{
    if (strcmp(attr, "alive") == 0)
        return bool_from(finalize_alive(f));
    if (strcmp(attr, "atexit") == 0)
        return bool_from(finalize_get_atexit(f));
    return NULL;
}

int finalize_set_attribute(Object *f, Object *name, Object *value)
{
    if (strcmp(str_chars(name), "atexit") == 0) {
        finalize_set_atexit(f, is_true(value));
        return 0;
    }
    if (strcmp(str_chars(name), "alive") == 0)
        raise("AttributeError", "property 'alive' of 'finalize' object has no setter");
    else
        raise("AttributeError", "'finalize' object has no attribute '%s'", str_chars(name));
    return -1;
}

/* (obj, func, args, kwargs), kwargs always {}: the subset has none. */
static Object *info_tuple(Object *obj, Object *func, Object *args)
{
    Object *items[] = {obj, func, args, dict_new()};
    return tuple_from(items, sizeof items / sizeof *items);
}

static Object *finalize_peek(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    Object *obj = finalize_object(self);
    if (obj == NULL)
        return newref(None);
    Finalize *f = (Finalize *)self;
    return info_tuple(obj, newref(f->func), newref(f->args));
}

/* As CPython's, it detaches only while the object is alive. */
static Object *finalize_detach_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    Object *obj = finalize_object(self), *func, *extra;
    if (obj == NULL)
        return newref(None);
    if (!finalize_detach(self, &func, &extra)) {
        decref(obj);
        return newref(None);
    }
    return info_tuple(obj, func, extra);
}

const BuiltinDef finalize_methods[] = {
    {"peek", finalize_peek, 0, 0, ARGS_NONE},
    {"detach", finalize_detach_method, 0, 0, ARGS_NONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

Object *finalize_repr(Object *f)
{
    char text[160];
    Object *obj = finalize_object(f);
    if (obj == NULL) {
        snprintf(text, sizeof text, "<finalize object at %p; dead>", (void *)f);
        return str_new(text);
    }
    snprintf(text, sizeof text, "<finalize object at %p; for '%s' at %p>", (void *)f,
             type_name(obj), (void *)obj);
    decref(obj);
    return str_new(text);
}
