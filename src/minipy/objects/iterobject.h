/* iterobject.h: iterators as objects.  Chapter 2 (the runner).
 * CPython: Objects/iterobject.c and Objects/abstract.c (PyObject_GetIter,
 * PyIter_Next). */
#ifndef MINIPY_ITEROBJECT_H
#define MINIPY_ITEROBJECT_H

#include <stdbool.h>

#include "object.h"
#include "ops.h"

/* The types of the built-in iterators iter() makes, one per kind of
 * iterable (list_iterator, ..., range_iterator, ...). */
#define ITERATOR_KINDS 8
extern Type iterator_types[ITERATOR_KINDS];
/* Is op one of the built-in iterators iter() makes? */
bool is_iterobject(const Object *op);
/* Is op an iterator: a built-in one, or an instance whose class defines
 * __next__? */
bool is_iterator(Object *op);
/* iter(obj): a built-in iterator over it, or what its class's __iter__
 * returns.  New reference, or NULL with an exception set. */
Object *get_iter(Object *obj);
/* The next item of an iterator: a new reference; NULL at the end (no
 * exception: a StopIteration from __next__ is cleared) or on an error
 * (an exception set). */
Object *next_of(Object *iterator);
/* The next item of a built-in iterator, as next_of. */
Object *iterobject_next(Object *self);

#endif
