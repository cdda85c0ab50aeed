/* enumobject.h: the iterators enumerate(), zip() and reversed() return.
 * Chapter 2 (the runner).  CPython: Objects/enumobject.c (enumerate,
 * reversed), Python/bltinmodule.c (zip), Objects/listobject.c
 * (list_reverseiterator).
 *
 * Each is lazy, as CPython's: it holds what it iterates and takes the next
 * item only when asked, so a program that changes a list while it
 * enumerates it sees what CPython's sees.  They are tracked containers. */
#ifndef MINIPY_ENUMOBJECT_H
#define MINIPY_ENUMOBJECT_H

#include <stdbool.h>

#include "minipy.h"

extern Type EnumerateType, ZipType, MapType, FilterType, CallIterType, ReversedType;
bool is_iterator_object(const Object *op);
/* The next item (new), or NULL at the end or on an error (then set). */
Object *iterator_object_next(Object *op);

/* The types called: enumerate(iterable, start=0), zip(*iterables),
 * reversed(sequence). */
Object *enumerate_construct(Object *self, Object **args, size_t nargs);
Object *zip_construct(Object *self, Object **args, size_t nargs);
/* iter(callable, sentinel) */
Object *callable_iterator_new(Object *callable, Object *sentinel);
Object *map_construct(Object *self, Object **args, size_t nargs);
Object *filter_construct(Object *self, Object **args, size_t nargs);
Object *reversed_construct(Object *self, Object **args, size_t nargs);

#endif
