/* sort.c: sorting a list in place.  Chapter 2 (the runner).
 * CPython: Objects/listobject.c (list_sort_impl). */
#include "sort.h"

#include <stdlib.h>
#include <string.h>

#include "debug.h"
#include "error.h"
#include "list.h"
#include "minipy.h"
#include "ops.h"

/* Stable merge sort of items[0..n) by <; -1 on an error. */
static int merge_sort(Object **items, Object **scratch, size_t n)
{
    if (n < 2)
        return 0;
    size_t half = n / 2;
    if (merge_sort(items, scratch, half) < 0 || merge_sort(items + half, scratch, n - half) < 0)
        return -1;
    size_t i = 0, j = half, k = 0;
    while (i < half && j < n) {
        Object *less = compare_op(OP_LT, items[j], items[i]);
        if (less == NULL)
            return -1;
        scratch[k++] = less == True ? items[j++] : items[i++];
        decref(less);
    }
    while (i < half)
        scratch[k++] = items[i++];
    while (j < n)
        scratch[k++] = items[j++];
    memcpy(items, scratch, n * sizeof *items);
    return 0;
}

int list_sort(Object *list)
{
    List *l = (List *)list;
    Object **items = l->items;
    size_t size = l->size, capacity = l->capacity;
    l->items = NULL;
    l->size = l->capacity = 0;
    Object **scratch = malloc((size + 1) * sizeof *scratch);
    if (scratch == NULL)
        fatal_out_of_memory("sorting");
    int status = merge_sort(items, scratch, size);
    free(scratch);
    /* what a comparison put in the list meanwhile is dropped */
    Object **added = l->items;
    size_t added_count = l->size;
    bool modified = added != NULL;
    l->items = items;
    l->size = size;
    l->capacity = capacity;
    for (size_t i = 0; i < added_count; i++)
        decref(added[i]);
    list_items_free(added);
    if (modified && status == 0) {
        raise("ValueError", "list modified during sort");
        return -1;
    }
    return status;
}
