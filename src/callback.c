/* callback.c: callbacks written in C.  Chapter 4. */
#include "callback.h"

#include "debug.h"
#include "gc.h"

Object *callback_new(CallbackFn fn, Object *data)
{
    CHECK_NOT_NULL(fn);
    Object *op = object_new(&CallbackType, 0);
    Callback *cb = (Callback *)op;
    cb->fn = fn;
    cb->data = data ? newref(data) : NULL;
    gc_track(op);
    return op;
}

bool is_callback(const Object *op)
{
    CHECK_NOT_NULL(op);
    return op->type == &CallbackType;
}

bool callback_call_native(Object *callable, Object *arg)
{
    if (!is_callback(callable))
        return false;
    Callback *cb = (Callback *)callable;
    cb->fn(cb->data, arg);
    return true;
}

static int callback_traverse(Object *self, visitproc visit, void *arg)
{
    Object *data = ((Callback *)self)->data;
    return data ? visit(data, arg) : 0;
}

static void callback_clear(Object *self)
{
    Callback *cb = (Callback *)self;
    Object *data = cb->data;
    cb->data = NULL;
    xdecref(data);
}

Type CallbackType = {
    .name = "callback",
    .basic_size = sizeof(Callback),
    .flags = TYPE_GC,
    .dealloc = callback_clear,
    .traverse = callback_traverse,
    .clear = callback_clear,
};
