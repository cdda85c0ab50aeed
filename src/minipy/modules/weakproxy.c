/* weakproxy.c: weakref.proxy.  Chapter 4 (the runner).
 * CPython: Objects/weakrefobject.c (proxy_getattr, proxy_call, ...).
 *
 * A proxy is used as its referent would be (attributes, calls, str) but
 * holds it only through a weak reference: once the referent has died,
 * every use raises ReferenceError instead of reaching freed memory. */
#include "weakproxy.h"

#include <stdio.h>

#include "call.h"
#include "error.h"
#include "gc.h"
#include "ops.h"
#include "str.h"
#include "weakref.h"

/* Room for a proxy's repr: two addresses and a type's name. */
#define PROXY_REPR_MAX 160

typedef struct Proxy {
    Object ob;
    Object *ref;  /* the weak reference to the referent; NULL once cleared */
} Proxy;

static int proxy_traverse(Object *self, visitproc visit, void *arg)
{
    Object *ref = ((Proxy *)self)->ref;
    return ref ? visit(ref, arg) : 0;
}

static void proxy_clear(Object *self)
{
    Object *ref = ((Proxy *)self)->ref;
    ((Proxy *)self)->ref = NULL;
    xdecref(ref);
}

/* A proxy to something callable is callable, as CPython's two types say. */
#define PROXY_TYPE(type_name)                                                    \
    {.name = type_name, .basic_size = sizeof(Proxy), .flags = TYPE_GC,        \
     .dealloc = proxy_clear, .traverse = proxy_traverse, .clear = proxy_clear}

Type ProxyType = PROXY_TYPE("ProxyType");
Type CallableProxyType = PROXY_TYPE("CallableProxyType");

bool is_proxy(const Object *op)
{
    return op->type == &ProxyType || op->type == &CallableProxyType;
}

static Object *proxy_new(Object *type, Object **args, size_t nargs)
{
    (void)type;
    Object *referent = args[0];
    if (nargs > 1 && args[1] != None)
        return raise("NotImplementedError", "minipy's weakref.proxy takes no callback");
    if (!is_weakrefable(referent))
        return raise("TypeError", "cannot create weak reference to '%s' object",
                     type_name(referent));
    Object *ref = weakref_new(referent, NULL);
    Object *op = object_new(is_callable(referent) ? &CallableProxyType : &ProxyType, 0);
    ((Proxy *)op)->ref = ref;
    gc_track(op);
    return op;
}

static const BuiltinDef proxy_new_def = {"proxy", proxy_new, 1, 2, ARGS_TUPLE};

Object *proxy_construct(Object *type, Object **args, size_t nargs)
{
    return builtin_call(&proxy_new_def, type, args, nargs);
}

Object *proxy_referent(Object *proxy)
{
    Object *ref = ((Proxy *)proxy)->ref;
    Object *referent = ref ? weakref_get(ref) : NULL;
    return referent ? referent
                    : raise("ReferenceError", "weakly-referenced object no longer exists");
}

Object *proxy_repr(Object *proxy)
{
    Object *ref = ((Proxy *)proxy)->ref;
    Object *referent = ref ? weakref_get(ref) : NULL;
    Object *shown = referent ? referent : None;  /* CPython shows a dead one's None */
    char text[PROXY_REPR_MAX];
    snprintf(text, sizeof text, "<weakproxy at %p to %s at %p>", (void *)proxy,
             type_name(shown), (void *)shown);
    xdecref(referent);
    return str_new(text);
}
