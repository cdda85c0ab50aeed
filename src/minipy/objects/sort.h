/* sort.h: sorting a list in place, for list.sort() and sorted().  Chapter 2
 * (the runner).  CPython: Objects/listobject.c (list_sort_impl; ours is a
 * plain stable merge sort, where CPython's is Timsort). */
#ifndef MINIPY_SORT_H
#define MINIPY_SORT_H

#include "object.h"

/* Sort by <, stably: 0, or -1 with the exception a comparison raised (the
 * list then holds its items in some order, as CPython's).  While it sorts,
 * the list is empty, as CPython's: a comparison that changes it is caught
 * (ValueError: list modified during sort). */
int list_sort(Object *list);

#endif
