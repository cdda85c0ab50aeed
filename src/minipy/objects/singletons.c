/* singletons.c: None, True and False.  Chapter 2 (the runner).
 * CPython: Objects/object.c (None) and Objects/boolobject.c.
 *
 * They are never allocated: each is one static, immortal object. */
#include "minipy.h"
#include "ops.h"


/* A bool is a key equal to the int of its value (True and 1 are one key),
 * as in Python, where bool is a subclass of int. */
static uint64_t bool_hash(const Object *self)
{
    return self == True;
}

static int bool_equal(const Object *a, const Object *b)
{
    return is_int(a) && is_int(b) && as_long(a) == as_long(b);
}

Type NoneType = {.name = "NoneType", .basic_size = sizeof(Object)};
Type BoolType = {
    .name = "bool",
    .basic_size = sizeof(Object),
    .hash = bool_hash,
    .equal = bool_equal,
};

static Object none_object = {IMMORTAL_REFCNT, &NoneType};
static Object true_object = {IMMORTAL_REFCNT, &BoolType};
static Object false_object = {IMMORTAL_REFCNT, &BoolType};

Object *const None = &none_object;
Object *const True = &true_object;
Object *const False = &false_object;

Object *bool_from(bool value)
{
    return newref(value ? True : False);
}
