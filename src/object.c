/* object.c: allocating objects and counting references.  Chapter 1.
 * CPython: Objects/object.c (Py_INCREF, Py_DECREF, _Py_Dealloc). */
#include "object.h"

#include <stdlib.h>

#include "debug.h"

size_t object_size(const Object *op)
{
    const Type *type = op->type;
    size_t items = type->item_size ? ((const VarObject *)op)->size : 0;
    return type->basic_size + items * type->item_size;
}

Object *object_new(Type *type, size_t items)
{
    size_t size = type->basic_size + items * type->item_size;
    Object *op = calloc(1, size);
    if (op == NULL)
        fatal_out_of_memory("allocating an object");
    op->refcnt = 1;
    op->type = type;
    if (type->item_size)
        ((VarObject *)op)->size = items;
    account_allocated(type, size);
    return op;
}

const char *type_name(const Object *op)
{
    return op->type->name;
}

void incref(Object *op)
{
    check_alive(op, "incref");
    op->refcnt++;
}

void decref(Object *op)
{
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
    incref(op);
    return op;
}
