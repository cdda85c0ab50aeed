/* int.c: integers.  Chapter 1. */
#include "int.h"

#include "debug.h"

Type IntType = {
    .name = "int",
    .basic_size = sizeof(Int),
};

Object *int_new(long value)
{
    Object *op = object_new(&IntType, 0);
    ((Int *)op)->value = value;
    return op;
}

long int_value(const Object *op)
{
    if (op == NULL || op->type != &IntType)
        fatal_wrong_type(op, __func__, "an int");
    return ((const Int *)op)->value;
}
