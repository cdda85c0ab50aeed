/* sort.c: sorting a list in place.  Chapter 2 (the runner).
 * CPython: Objects/listobject.c (list_sort_impl). */
#include "sort.h"

#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "debug.h"
#include "error.h"
#include "list.h"
#include "minipy.h"
#include "ops.h"

/* An item and what it sorts by: key(item), or the item itself. */
typedef struct SortSlot {
    Object *key, *value;
} SortSlot;

/* Stable merge sort of slots[0..n) by < of their keys; -1 on an error. */
static int merge_sort(SortSlot *slots, SortSlot *scratch, size_t n)
{
    if (n < 2)
        return 0;
    size_t half = n / 2;
    if (merge_sort(slots, scratch, half) < 0 || merge_sort(slots + half, scratch, n - half) < 0)
        return -1;
    size_t i = 0, j = half, k = 0;
    while (i < half && j < n) {
        Object *less = compare_op(OP_LT, slots[j].key, slots[i].key);
        if (less == NULL)
            return -1;
        scratch[k++] = less == True ? slots[j++] : slots[i++];
        decref(less);
    }
    while (i < half)
        scratch[k++] = slots[i++];
    while (j < n)
        scratch[k++] = slots[j++];
    memcpy(slots, scratch, n * sizeof *slots);
    return 0;
}

static void reverse_slots(SortSlot *slots, size_t n)
{
    for (size_t i = 0; i + 1 < n - i; i++) {
        SortSlot swap = slots[i];
        slots[i] = slots[n - 1 - i];
        slots[n - 1 - i] = swap;
    }
}

/* Fill in each slot's key: key(item) once per item, in order, or the item
 * itself when key is NULL.  -1 with the exception key raised, no keys
 * held. */
static int compute_keys(SortSlot *slots, size_t n, Object *key)
{
    for (size_t i = 0; i < n; i++) {
        if (key == NULL) {
            slots[i].key = slots[i].value;
            continue;
        }
        Object *arg = newref(slots[i].value);
        slots[i].key = call_object(key, &arg, 1);
        if (slots[i].key == NULL) {
            while (i > 0)
                decref(slots[--i].key);
            return -1;
        }
    }
    return 0;
}

/* Sort slots[0..n): reversing before and after keeps a reversed sort
 * stable, as CPython's does. */
static int sort_slots(SortSlot *slots, size_t n, bool reverse)
{
    SortSlot *scratch = malloc((n + 1) * sizeof *scratch);
    if (scratch == NULL)
        fatal_out_of_memory("sorting");
    if (reverse)
        reverse_slots(slots, n);
    int status = merge_sort(slots, scratch, n);
    if (reverse)
        reverse_slots(slots, n);
    free(scratch);
    return status;
}

int list_sort(Object *list, Object *key, bool reverse)
{
    List *l = (List *)list;
    Object **items = l->items;
    size_t size = l->size, capacity = l->capacity;
    l->items = NULL;
    l->size = l->capacity = 0;
    SortSlot *slots = malloc((size + 1) * sizeof *slots);
    if (slots == NULL)
        fatal_out_of_memory("sorting");
    for (size_t i = 0; i < size; i++)
        slots[i].value = items[i];
    int status = compute_keys(slots, size, key);
    if (status == 0) {
        status = sort_slots(slots, size, reverse);
        for (size_t i = 0; i < size; i++) {
            items[i] = slots[i].value;
            if (key != NULL)
                decref(slots[i].key);
        }
    }
    free(slots);
    /* what a comparison or key put in the list meanwhile is dropped */
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

const char *const sort_keyword_names[] = {"key", "reverse", NULL};

Object *list_sort_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)args;
    if (nargs > 0)
        return raise("TypeError", "sort() takes no positional arguments");
    Object *key = kwargs[SORT_KEY] == None ? NULL : kwargs[SORT_KEY];
    Object *reverse = kwargs[SORT_REVERSE];
    if (reverse != NULL && !is_int(reverse))
        return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                     type_name(reverse));
    bool reversed = reverse != NULL && as_long(reverse) != 0;
    return list_sort(self, key, reversed) < 0 ? NULL : newref(None);
}
