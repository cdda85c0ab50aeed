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
    if (op->type != &IntType)
        fatal_misuse(op, "int_value: expected an int");
    return ((const Int *)op)->value;
}
