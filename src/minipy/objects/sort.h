/* sort.h: sorting a list in place, for list.sort() and sorted().  Chapter 2
 * (the runner).  CPython: Objects/listobject.c (list_sort_impl; ours is a
 * plain stable merge sort, where CPython's is Timsort). */
#ifndef MINIPY_SORT_H
#define MINIPY_SORT_H

#include "object.h"

#include <stdbool.h>

/* Sort by < of key(item) (key called once per item, first to last), or of
 * the items when key is NULL; largest first if reverse, stably either way:
 * 0, or -1 with the exception a key or comparison raised (the list then
 * holds its items in some order, as CPython's).  While it sorts, the list
 * is empty, as CPython's: a key or comparison that changes it is caught
 * (ValueError: list modified during sort). */
int list_sort(Object *list, Object *key, bool reverse);

/* list.sort(*, key=None, reverse=False), for sorted() too: kwargs[SORT_KEY]
 * and kwargs[SORT_REVERSE] as call.c's keyword tables give them. */
enum { SORT_KEY, SORT_REVERSE, SORT_KEYWORDS };
extern const char *const sort_keyword_names[];
Object *list_sort_keywords(Object *self, Object **args, size_t nargs, Object **kwargs);

#endif
