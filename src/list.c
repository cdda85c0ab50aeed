/* list.c: lists.  Chapter 1. */
#include "list.h"

#include <stdlib.h>
#include <string.h>

#include "debug.h"
//> 6 include_obmalloc
#include "obmalloc.h"
//< 6 include_obmalloc
//> 2 include_gc
#include "gc.h"
//< 2 include_gc

#define LIST_MIN_CAPACITY 4

static List *as_list(const Object *op, const char *function)
{
    if (op == NULL || op->type != &ListType)
        fatal_wrong_type(op, function, "a list");
    return (List *)op;
}

static void check_index(const Object *op, size_t index, const char *function)
{
    if (index >= as_list(op, function)->size)
        fatal_misuse(op, "list index out of range");
}

Object *list_new(void)
{
    Object *op = object_new(&ListType, 0);
//> 2 track_list
    gc_track(op);
//< 2 track_list
    return op;
}

size_t list_size(const Object *list)
{
    return as_list(list, __func__)->size;
}

Object **list_items_resize(Object **items, size_t count)
{
/*< 6 list_realloc
    return realloc(items, count * sizeof *items);
*/
//> 6 list_object_realloc
    return object_realloc(items, count * sizeof *items);
//< 6 list_object_realloc
}

void list_items_free(Object **items)
{
/*< 6 list_free
    free(items);
*/
//> 6 list_object_free
    object_free(items);
//< 6 list_object_free
}

void list_append(Object *list, Object *item)
{
    List *l = as_list(list, __func__);
    CHECK_NOT_NULL(item);
    if (l->size == l->capacity) {
        size_t capacity = l->capacity ? 2 * l->capacity : LIST_MIN_CAPACITY;
        Object **items = list_items_resize(l->items, capacity);
        if (items == NULL)
            fatal_out_of_memory("growing a list");
        l->items = items;
        l->capacity = capacity;
    }
    l->items[l->size++] = newref(item);
}

Object *list_getitem(const Object *list, size_t index)
{
    check_index(list, index, __func__);
    return ((const List *)list)->items[index];
}

void list_setitem(Object *list, size_t index, Object *item)
{
    check_index(list, index, __func__);
    CHECK_NOT_NULL(item);
    List *l = (List *)list;
    Object *old = l->items[index];
    l->items[index] = item;
    /* Last, once the list is consistent: freeing old may run code. */
    decref(old);
}

Object *list_pop(Object *list, size_t index)
{
    check_index(list, index, __func__);
    List *l = (List *)list;
    Object *item = l->items[index];
    memmove(&l->items[index], &l->items[index + 1],
            (l->size - index - 1) * sizeof *l->items);
    l->size--;
    return item;
}

/* Visits the items last to first, as CPython 3.11 does. */
static int list_traverse(Object *self, visitproc visit, void *arg)
{
    List *l = (List *)self;
    for (size_t i = l->size; i-- > 0;) {
        int stop = visit(l->items[i], arg);
        if (stop)
            return stop;
    }
    return 0;
}

/* Empties the list.  The items are detached from the list before any is
 * released, so that code run by a release sees a consistent, empty list;
 * then released last to first, as CPython 3.11's list_dealloc and
 * list.clear do. */
static void list_clear(Object *self)
{
    List *l = (List *)self;
    Object **items = l->items;
    size_t size = l->size;
    l->items = NULL;
    l->size = l->capacity = 0;
    while (size-- > 0)
        decref(items[size]);
    list_items_free(items);
}

Type ListType = {
    .name = "list",
    .basic_size = sizeof(List),
    .flags = TYPE_GC | TYPE_UNHASHABLE,
    .dealloc = list_clear,
    .traverse = list_traverse,
    .clear = list_clear,
};
