/* object.c: allocating objects and counting references.  Chapter 1.
 * CPython: Objects/object.c (Py_INCREF, Py_DECREF, _Py_Dealloc). */
#include "object.h"

#include <stdint.h>
#include <stdlib.h>

#include "debug.h"
//> 6 include_obmalloc
#include "obmalloc.h"
//< 6 include_obmalloc
//> 2 include_gc
#include "gc.h"
//< 2 include_gc

size_t object_size(const Object *op)
{
    CHECK_NOT_NULL(op);
    const Type *type = op->type;
    size_t items = type->item_size ? ((const VarObject *)op)->size : 0;
    size_t size = type->basic_size + items * type->item_size;
//> 2 gc_head_in_size
    size += gc_head_size(type);
//< 2 gc_head_in_size
    return size;
}

/* Where op's allocation starts. */
void *object_memory(Object *op)
{
    CHECK_NOT_NULL(op);
/*< 2 memory_is_object
    return op;
*/
//> 2 memory_starts_at_gc_head
    return (char *)op - gc_head_size(op->type);
//< 2 memory_starts_at_gc_head
}

/* No object may be larger than PTRDIFF_MAX bytes, C's limit on one array
 * (and malloc's): a larger item count would make the size wrap around, and
 * the object overflow a short allocation. */
static void check_item_count(const Type *type, size_t items)
{
    if (type->item_size != 0 && items > (PTRDIFF_MAX - type->basic_size) / type->item_size)
        fatal_argument("object_new", "too many items for a %s: %zu", type->name, items);
}

Object *object_new(Type *type, size_t items)
{
    CHECK_NOT_NULL(type);
    check_item_count(type, items);
    size_t size = type->basic_size + items * type->item_size;
/*< 2 allocate
    Object *op = calloc(1, size);
    if (op == NULL)
        fatal_out_of_memory("allocating an object");
*/
//> 2 allocate_with_gc_head
    /* A container's GC head goes in front of it.  Its allocation may start
     * a collection: before the object exists, so no collection sees it
     * half made. */
    size_t head = gc_head_size(type);
    if (head)
        gc_on_alloc();
/*< 6 calloc
    char *memory = calloc(1, head + size);
*/
//> 6 allocate_from_obmalloc
    char *memory = object_calloc(1, head + size);
//< 6 allocate_from_obmalloc
    if (memory == NULL)
        fatal_out_of_memory("allocating an object");
    Object *op = (Object *)(memory + head);
//< 2 allocate_with_gc_head
    op->refcnt = 1;
    op->type = type;
    if (type->item_size)
        ((VarObject *)op)->size = items;
    account_allocated(type, object_size(op));
    return op;
}

const char *type_name(const Object *op)
{
    CHECK_NOT_NULL(op);
    return op->type->name;
}

void incref(Object *op)
{
    CHECK_NOT_NULL(op);
    check_alive(op, "incref");
    op->refcnt++;
}

void decref(Object *op)
{
    CHECK_NOT_NULL(op);
    check_alive(op, "decref");
    if (op->refcnt <= 0)
        fatal_misuse(op, "decref of an object whose count is already zero");
    if (--op->refcnt == 0)
        object_dealloc(op);
}

void xdecref(Object *op)
{
    if (op != NULL)
        decref(op);
}

Object *newref(Object *op)
{
    CHECK_NOT_NULL(op);
    incref(op);
    return op;
}
