/* int.h: integers, an atomic type (holds no references).  Chapter 1.
 * CPython: Objects/longobject.c (ours are machine-sized). */
#ifndef GC_INT_H
#define GC_INT_H

#include "object.h"

typedef struct Int {
    Object ob;
    long value;
} Int;

extern Type IntType;

Object *int_new(long value);
long int_value(const Object *op);

#endif
