/* weakmethod.c: weakref.WeakMethod.  Chapter 4 (the runner).
 * CPython: Lib/weakref.py (WeakMethod, a subclass of ref written in Python).
 *
 * A bound method made by `obj.method` lives only as long as a reference to
 * it does, so a weak reference to one dies at once; and a strong one (a
 * callback kept in a list) keeps obj alive.  A WeakMethod holds weak
 * references to both halves, the object and the function, and makes the
 * bound method again on each call while both live.  Its callback is told
 * when either dies, through a notifier that reaches the WeakMethod only by
 * a weak reference, so that no cycle keeps it alive (CPython's _cb does the
 * same through self_wr). */
#include "weakmethod.h"

#include "call.h"
#include "error.h"
#include "gc.h"
#include "modules.h"
#include "ops.h"
#include "str.h"
#include "weakref.h"

typedef struct WeakMethod {
    Object ob;
    Object *self_ref;   /* weak reference to the method's object */
    Object *func_ref;   /* weak reference to its function */
    Object *callback;   /* called with the WeakMethod when either dies, or NULL */
    bool alive;         /* false once one half has died */
    struct WeakRef *weaklist;
} WeakMethod;

static int weakmethod_traverse(Object *self, visitproc visit, void *arg)
{
    WeakMethod *wm = (WeakMethod *)self;
    Object *held[] = {wm->self_ref, wm->func_ref, wm->callback};
    for (size_t i = 0; i < sizeof held / sizeof *held; i++) {
        int stop = held[i] ? visit(held[i], arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

static void weakmethod_clear(Object *self)
{
    WeakMethod *wm = (WeakMethod *)self;
    Object *held[] = {wm->self_ref, wm->func_ref, wm->callback};
    wm->self_ref = wm->func_ref = wm->callback = NULL;
    for (size_t i = 0; i < sizeof held / sizeof *held; i++)
        xdecref(held[i]);
}

Type WeakMethodType = {
    .name = "WeakMethod",
    .basic_size = sizeof(WeakMethod),
    .flags = TYPE_GC | TYPE_WEAKREFABLE,
    .weaklist_offset = offsetof(WeakMethod, weaklist),
    .dealloc = weakmethod_clear,
    .traverse = weakmethod_traverse,
    .clear = weakmethod_clear,
};

/* The callback of both halves' weak references: `self` is a weak reference
 * to the WeakMethod; its callback runs once, when the first half dies. */
static Object *notify(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    Object *op = weakref_get(self);
    if (op == NULL)
        return newref(None);
    WeakMethod *wm = (WeakMethod *)op;
    Object *result = newref(None);
    if (wm->alive && wm->callback != NULL) {
        wm->alive = false;
        Object *callback = newref(wm->callback);
        Object *arg = newref(op);
        decref(result);
        result = call_object(callback, &arg, 1);
        decref(callback);
    }
    wm->alive = false;
    decref(op);
    return result;
}

static const BuiltinDef notify_def = {"_cb", notify, 1, 1, ARGS_ONE};

/* WeakMethod(method[, callback]) */
static Object *weakmethod_new(Object *type, Object **args, size_t nargs)
{
    (void)type;
    Object *method = args[0];
    if (method->type != &MethodType)
        return raise("TypeError", "argument should be a bound method, not <class '%s'>",
                     type_name(method));
    Object *callback = nargs > 1 && args[1] != None ? newref(args[1]) : NULL;
    Object *op = object_new(&WeakMethodType, 0);
    WeakMethod *wm = (WeakMethod *)op;
    wm->callback = callback;
    wm->alive = true;
    gc_track(op);
    Object *notifier = NULL;
    if (callback != NULL) {
        Object *to_self = weakref_new(op, NULL);
        notifier = builtin_new(&notify_def, to_self);
        decref(to_self);
    }
    Method *m = (Method *)method;
    wm->self_ref = weakref_new(m->self, notifier);
    wm->func_ref = weakref_new(m->function, notifier);
    xdecref(notifier);
    return op;
}

static const BuiltinDef weakmethod_new_def = {"WeakMethod", weakmethod_new, 1, 2,
                                              ARGS_POSITIONAL};

Object *weakmethod_construct(Object *type, Object **args, size_t nargs)
{
    if (nargs > 0 && args[0]->type == &MethodType && !is_weakrefable(((Method *)args[0])->self))
        return raise("TypeError", "cannot create weak reference to '%s' object",
                     type_name(((Method *)args[0])->self));
    return builtin_call(&weakmethod_new_def, type, args, nargs);
}

Object *weakmethod_call(Object *op, Object **args, size_t nargs)
{
    (void)args;
    if (nargs > 0)
        return raise("TypeError", "WeakMethod.__call__() takes 1 positional argument but %zu "
                     "were given", nargs + 1);
    WeakMethod *wm = (WeakMethod *)op;
    Object *self = wm->self_ref ? weakref_get(wm->self_ref) : NULL;
    Object *function = wm->func_ref ? weakref_get(wm->func_ref) : NULL;
    Object *result = self && function ? method_new(function, self) : newref(None);
    xdecref(self);
    xdecref(function);
    return result;
}
