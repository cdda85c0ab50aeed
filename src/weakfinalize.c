/* weakfinalize.c: finalize objects.  Chapter 5.
 * CPython: the class finalize in Lib/weakref.py.
 *
 * Invariant: a finalize object is alive exactly while it is in the
 * registry, and then its weak reference and func are set; detaching takes
 * it out of the registry and drops the weak reference, so its callback can
 * never call it a second time. */
#include "weakfinalize.h"

#include "callback.h"
#include "debug.h"
#include "dict.h"
#include "gc.h"
#include "list.h"
#include "weakref.h"

/* The live finalize objects, each mapped to itself: insertion order is
 * creation order, which finalize_at_exit reverses.  Made by the first,
 * dropped with the last, so that a program that leaves none has none. */
static Object *registry;
static FinalizeHook call_hook;
/* How many finalize objects have been made: a change tells
 * finalize_at_exit that its calls made new ones. */
static unsigned long made;

static Finalize *as_finalize(const Object *op, const char *function)
{
    if (op == NULL || op->type != &FinalizeType)
        fatal_wrong_type(op, function, "a finalize object");
    return (Finalize *)op;
}

/* The weak reference's callback: the object died. */
static void object_died(Object *f, Object *wr)
{
    (void)wr;
    finalize_call(f);
}

Object *finalize_new(Object *obj, Object *func, Object *args)
{
    CHECK_NOT_NULL(obj);
    CHECK_NOT_NULL(func);
    CHECK_NOT_NULL(args);
    /* A function the runtime cannot call would fail only at obj's death. */
    if (call_hook == NULL && !is_callback(func))
        fatal_wrong_type(func, __func__, "a callback (no call hook is set)");
    Object *op = object_new(&FinalizeType, 0);
    Finalize *f = (Finalize *)op;
    f->func = newref(func);
    f->args = newref(args);
    f->atexit = true; /* CPython's default */
    made++;
    Object *callback = callback_new(object_died, op);
    f->wr = weakref_new(obj, callback);
    decref(callback);
    gc_track(op);
    if (registry == NULL)
        registry = dict_new();
    dict_setitem(registry, op, op);
    return op;
}

bool finalize_alive(const Object *f)
{
    return as_finalize(f, __func__)->wr != NULL;
}

Object *finalize_object(const Object *f)
{
    Object *wr = as_finalize(f, __func__)->wr;
    return wr ? weakref_get(wr) : NULL;
}

bool finalize_detach(Object *op, Object **func, Object **args)
{
    Finalize *f = as_finalize(op, __func__);
    CHECK_NOT_NULL(func);
    CHECK_NOT_NULL(args);
    if (f->wr == NULL)
        return false;
    Object *wr = f->wr;
    f->wr = NULL;
    *func = f->func;
    *args = f->args;
    f->func = f->args = NULL;
    weakref_clear_referent(wr); /* it will not call back */
    decref(wr);
    dict_delitem(registry, op); /* may free op: the caller holds it */
    if (dict_size(registry) == 0) {
        Object *empty = registry;
        registry = NULL;
        decref(empty);
    }
    return true;
}

void finalize_set_atexit(Object *f, bool atexit)
{
    as_finalize(f, __func__)->atexit = atexit;
}

bool finalize_get_atexit(const Object *f)
{
    return as_finalize(f, __func__)->atexit;
}

void finalize_set_call_hook(FinalizeHook hook)
{
    call_hook = hook;
}

void finalize_call(Object *op)
{
    Object *func, *args;
    incref(op); /* detaching lets go of the registry's reference */
    if (finalize_detach(op, &func, &args)) {
        if (!callback_call_native(func, args)) {
            if (call_hook == NULL)
                fatal_misuse(func, "a finalize function the runtime cannot call");
            call_hook(op, func, args);
        }
        decref(func);
        decref(args);
    }
    decref(op);
}

/* The live finalize objects whose atexit is set, oldest first. */
static Object *select_for_exit(void)
{
    Object *selected = list_new(), *f, *unused;
    for (size_t pos = 0; registry != NULL && dict_next(registry, &pos, &f, &unused);)
        if (finalize_get_atexit(f))
            list_append(selected, f);
    return selected;
}

/* Newest first, as CPython's weakref module does at exit; a call that makes
 * finalize objects has them chosen again, so that the new ones run too, the
 * newest next, as CPython's re-selects when its registry is dirty. */
void finalize_at_exit(void)
{
    Object *pending = select_for_exit();
    unsigned long selected_at = made;
    while (list_size(pending) > 0) {
        Object *f = list_pop(pending, list_size(pending) - 1);
        finalize_call(f);
        decref(f);
        if (made != selected_at) {
            decref(pending);
            pending = select_for_exit();
            selected_at = made;
        }
    }
    decref(pending);
    finalize_forget_all();
}

void finalize_forget_all(void)
{
    /* Each detach may free objects whose deaths detach others: the walk
     * starts again from the registry's first entry each time. */
    while (registry != NULL) {
        Object *f, *unused, *func, *args;
        size_t pos = 0;
        dict_next(registry, &pos, &f, &unused);
        incref(f); /* detaching lets go of the registry's reference */
        if (finalize_detach(f, &func, &args))
            decref(func), decref(args);
        decref(f);
    }
}

static int finalize_traverse(Object *self, visitproc visit, void *arg)
{
    Finalize *f = as_finalize(self, __func__);
    Object *held[] = {f->wr, f->func, f->args};
    for (size_t i = 0; i < sizeof held / sizeof *held; i++) {
        int stop = held[i] ? visit(held[i], arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

static void finalize_clear(Object *self)
{
    Finalize *f = as_finalize(self, __func__);
    Object *held[] = {f->wr, f->func, f->args};
    f->wr = f->func = f->args = NULL;
    for (size_t i = 0; i < sizeof held / sizeof *held; i++)
        xdecref(held[i]);
}

Type FinalizeType = {
    .name = "finalize",
    .basic_size = sizeof(Finalize),
    .flags = TYPE_GC,
    .dealloc = finalize_clear,
    .traverse = finalize_traverse,
    .clear = finalize_clear,
};
