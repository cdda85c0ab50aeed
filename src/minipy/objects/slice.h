/* slice.h: slice objects, and slicing lists, tuples, strs and ranges.
 * Chapter 2 (the runner).  CPython: Objects/sliceobject.c and the slice
 * paths of listobject.c, tupleobject.c and unicodeobject.c.
 *
 * a[i:j:k] builds a slice object and subscripts with it, as CPython 3.11
 * does; the sequence resolves the slice against its length. */
#ifndef MINIPY_SLICE_H
#define MINIPY_SLICE_H

#include <stdbool.h>

#include "object.h"

typedef struct Slice {
    Object ob;
    Object *start, *stop, *step;  /* each an int or None */
} Slice;
extern Type SliceType;

/* slice(start, stop, step): borrows its arguments. */
Object *slice_new(Object *start, Object *stop, Object *step);
/* The built-in slice(): slice(stop) or slice(start, stop[, step]). */
Object *slice_construct(Object *self, Object **args, size_t nargs);

/* start, stop or step, or NULL (no exception set) for another name. */
Object *slice_attribute(Object *slice, const char *name);

/* 1 if two slices' parts are equal, 0 if not, -1 with an exception set. */
int slice_equal(Object *a, Object *b);

/* A slice resolved against a sequence of some length: the positions
 * start, start + step, ... (count of them). */
typedef struct SliceRange {
    long start, step, count;
} SliceRange;
/* Resolve as CPython's PySlice_Unpack and PySlice_AdjustIndices do; -1
 * with TypeError or ValueError set. */
int slice_resolve(const Object *slice, long length, SliceRange *out);

/* seq[slice] for a list, tuple, str or range; NULL if seq is none of them
 * (no exception set) or on an error (set). */
Object *sequence_get_slice(Object *seq, Object *slice);
/* list[slice] = value, or del list[slice] when value is NULL: 0, or -1 with
 * an exception set. */
int list_assign_slice(Object *list, Object *slice, Object *value);

#endif
