/* weakproxy.h: weakref.proxy.  Chapter 4 (the runner).
 * CPython: Objects/weakrefobject.c (the proxy types). */
#ifndef MINIPY_WEAKPROXY_H
#define MINIPY_WEAKPROXY_H

#include <stdbool.h>

#include "minipy.h"

extern Type ProxyType, CallableProxyType;
bool is_proxy(const Object *op);
/* weakref.proxy(obj): an object that stands for obj without keeping it
 * alive. */
Object *proxy_construct(Object *type, Object **args, size_t nargs);
/* What the proxy stands for (a new reference), or NULL with CPython's
 * ReferenceError once it has died. */
Object *proxy_referent(Object *proxy);
/* "<weakproxy at 0x... to A at 0x...>" */
Object *proxy_repr(Object *proxy);

#endif
