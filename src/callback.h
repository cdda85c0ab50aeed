/* callback.h: callbacks written in C, which the runtime can call itself.
 * Chapter 4.  CPython's nearest counterpart is a builtin function object
 * (Objects/methodobject.c), which binds a C function to an object.
 *
 * A weak reference's callback is any object; the runtime calls the ones made
 * here, and hands others to the embedder's hook (weakref.h).  A callback
 * holds a reference to its data, so it is a container the collector tracks. */
#ifndef GC_CALLBACK_H
#define GC_CALLBACK_H

#include <stdbool.h>

#include "object.h"

typedef void (*CallbackFn)(Object *data, Object *wr);

typedef struct Callback {
    Object ob;
    CallbackFn fn;
    Object *data;  /* or NULL */
} Callback;

extern Type CallbackType;

/* A callback that calls fn(data, wr); it holds a new reference to data. */
Object *callback_new(CallbackFn fn, Object *data);
/* Is op one of these, which the runtime calls itself? */
bool is_callback(const Object *op);
/* If `callable` is one of these, call it with `arg` and return true; false
 * for any other object, which only the embedder knows how to call. */
bool callback_call_native(Object *callable, Object *arg);

#endif
