/* protocols.c: the special methods of a program's classes.  Chapter 2 (the
 * runner).  CPython: Objects/typeobject.c (slot_nb_add, slot_tp_richcompare,
 * slot_sq_length, slot_nb_bool, slot_tp_hash, ...), Objects/object.c
 * (do_richcompare) and Objects/abstract.c (binary_op1).
 *
 * Every special method is looked up on the class, never on the instance
 * (special_method in attr.c), as CPython looks up the type's slots.  A
 * method that returns NotImplemented hands the operation to the other
 * operand's reflected method, then to the built-in behaviour. */
#include "protocols.h"

#include <string.h>

#include "call.h"
#include "class.h"
#include "dict.h"
#include "error.h"
#include "inherit.h"
#include "instance.h"
#include "int.h"
#include "minipy.h"
#include "ops.h"
#include "str.h"
//> 4 include_weakproxy
#include "weakproxy.h"
//< 4 include_weakproxy

Type NotImplementedType = {.name = "NotImplementedType", .basic_size = sizeof(Object)};
static Object not_implemented_object = {IMMORTAL_REFCNT, &NotImplementedType};
Object *const NotImplemented = &not_implemented_object;

/* The special methods minipy calls; any other dunder a class defines is
 * refused when the class is made.  (Data the class body may set, such as
 * __doc__, is not a method and is allowed.) */
static const char *const supported[] = {
    "__init__", "__del__", "__repr__", "__str__", "__doc__", "__module__", "__qualname__",
    "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__bool__",
    "__add__", "__radd__", "__iadd__", "__sub__", "__rsub__", "__isub__",
    "__mul__", "__rmul__", "__imul__", "__floordiv__", "__rfloordiv__", "__ifloordiv__",
    "__mod__", "__rmod__", "__imod__", "__neg__", "__pos__",
    "__len__", "__contains__", "__iter__", "__next__",
    "__getitem__", "__setitem__", "__delitem__", "__call__",
    "__enter__", "__exit__",  /* called by `with` (exceptions and with, exc) */
};

static bool is_dunder(const Object *name)
{
    size_t n = str_length(name);
    const char *s = str_chars(name);
    return n > 4 && strncmp(s, "__", 2) == 0 && strncmp(s + n - 2, "__", 2) == 0;
}

bool prepare_special_methods(Object *ns, const char *class_name)
{
    /* __eq__ without __hash__: equal instances could hash differently, so
     * Python 3 makes them unhashable */
    Object *eq = str_new("__eq__"), *hash = str_new("__hash__");
    if (dict_getitem(ns, eq) != NULL && dict_getitem(ns, hash) == NULL)
        dict_setitem(ns, hash, None);
    decref(eq);
    decref(hash);
    size_t pos = 0;
    Object *key, *value;
    while (dict_next(ns, &pos, &key, &value)) {
        if (key->type != &StrType || !is_dunder(key))
            continue;
        bool known = false;
        for (size_t i = 0; !known && i < sizeof supported / sizeof *supported; i++)
            known = strcmp(str_chars(key), supported[i]) == 0;
        if (!known) {
            raise("NotImplementedError", "minipy does not support the special method %s "
                  "(defined in class %s)", str_chars(key), class_name);
            return false;
        }
    }
    return true;
}

bool has_special(Object *obj, const char *name)
{
    return special_method(obj, name) != NULL;
}

Object *call_special(Object *obj, const char *name, Object **args, size_t nargs)
{
    /* held: the method may delete itself from its class while it runs */
    Object *function = newref(special_method(obj, name));
    Object *with_self[3];
    with_self[0] = newref(obj);
    for (size_t i = 0; i < nargs; i++)
        with_self[i + 1] = newref(args[i]);
    Object *result = call_object(function, with_self, nargs + 1);
    decref(function);
    return result;
}

/* obj.name(other) if obj's class defines it, else NotImplemented. */
static Object *try_special(Object *obj, const char *name, Object *other)
{
    if (!has_special(obj, name))
        return newref(NotImplemented);
    return call_special(obj, name, &other, 1);
}

static const struct {
    Op op;
    const char *name, *reflected, *inplace;
} binary_names[] = {
    {OP_ADD, "__add__", "__radd__", "__iadd__"},
    {OP_SUB, "__sub__", "__rsub__", "__isub__"},
    {OP_MUL, "__mul__", "__rmul__", "__imul__"},
    {OP_FLOORDIV, "__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {OP_MOD, "__mod__", "__rmod__", "__imod__"},
};

Object *user_binary(Op op, Object *a, Object *b, bool inplace)
{
    size_t k = 0;
    while (k < sizeof binary_names / sizeof *binary_names && binary_names[k].op != op)
        k++;
    if (k == sizeof binary_names / sizeof *binary_names)
        return newref(NotImplemented);
    Object *result = inplace ? try_special(a, binary_names[k].inplace, b)
                             : newref(NotImplemented);
    if (result == NotImplemented) {
        decref(result);
        result = try_special(a, binary_names[k].name, b);
    }
    /* the reflected method is tried only when the types differ */
    if (result == NotImplemented && a->type != b->type) {
        decref(result);
        result = try_special(b, binary_names[k].reflected, a);
    }
    return result;
}

Object *user_unary(Op op, Object *a)
{
    const char *name = op == OP_NEG ? "__neg__" : op == OP_POS ? "__pos__" : NULL;
    if (name == NULL || !has_special(a, name))
        return newref(NotImplemented);
    return call_special(a, name, NULL, 0);
}

static const struct {
    Op op, swapped;
    const char *name;
} compare_names[] = {
    {OP_EQ, OP_EQ, "__eq__"}, {OP_NE, OP_NE, "__ne__"}, {OP_LT, OP_GT, "__lt__"},
    {OP_LE, OP_GE, "__le__"}, {OP_GT, OP_LT, "__gt__"}, {OP_GE, OP_LE, "__ge__"},
};

static size_t compare_index(Op op)
{
    size_t k = 0;
    while (compare_names[k].op != op)
        k++;
    return k;
}

/* a.__op__(b); for != without __ne__, the inverse of a.__eq__(b), as
 * object.__ne__ does. */
static Object *compare_one(Op op, Object *a, Object *b)
{
    Object *result = try_special(a, compare_names[compare_index(op)].name, b);
    if (result != NotImplemented || op != OP_NE || has_special(a, "__ne__"))
        return result;
    decref(result);
    result = try_special(a, "__eq__", b);
    if (result == NULL || result == NotImplemented)
        return result;
    int truth = user_truth(result);
    decref(result);
    return truth < 0 ? NULL : bool_from(!truth);
}

Object *user_compare(Op op, Object *a, Object *b)
{
    Object *result = compare_one(op, a, b);
    if (result == NotImplemented) {
        decref(result);
        result = compare_one(compare_names[compare_index(op)].swapped, b, a);
    }
    if (result != NotImplemented)
        return result;
    decref(result);
    if (op == OP_EQ || op == OP_NE)
        return bool_from((a == b) == (op == OP_EQ));
    static const char *const symbols[] = {"==", "!=", "<", "<=", ">", ">="};
    return raise("TypeError", "'%s' not supported between instances of '%s' and '%s'",
                 symbols[compare_index(op)], type_name(a), type_name(b));
}

int user_truth(Object *obj)
{
//> 4 proxy_truth
    if (is_proxy(obj)) {
        Object *referent = proxy_referent(obj);
        int truth = referent ? user_truth(referent) : -1;
        xdecref(referent);
        return truth;
    }
//< 4 proxy_truth
    if (!is_instance(obj))
        return is_true(obj);
    if (has_special(obj, "__bool__")) {
        Object *result = call_special(obj, "__bool__", NULL, 0);
        if (result == NULL)
            return -1;
        if (result->type != &BoolType) {
            raise("TypeError", "__bool__ should return bool, returned %s", type_name(result));
            decref(result);
            return -1;
        }
        decref(result);
        return result == True;
    }
    if (has_special(obj, "__len__")) {
        long n = user_length(obj);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

long user_length(Object *obj)
{
    if (!has_special(obj, "__len__")) {
        raise("TypeError", "object of type '%s' has no len()", type_name(obj));
        return -1;
    }
    Object *result = call_special(obj, "__len__", NULL, 0);
    if (result == NULL)
        return -1;
    long n = is_int(result) ? as_long(result) : -1;
    if (!is_int(result))
        raise("TypeError", "'%s' object cannot be interpreted as an integer", type_name(result));
    else if (n < 0)
        raise("ValueError", "__len__() should return >= 0");
    decref(result);
    return error_occurred() ? -1 : n;
}

bool user_unhashable(Object *obj)
{
    if (!is_instance(obj))
        return false;
    return class_lookup(instance_class(obj), "__hash__") == None;
}

/* The runtime's key hooks (object.h) for a program's instances: their
 * class's __hash__ and __eq__, whose exceptions stay set for the runner's
 * caller to find (error_occurred) when the table gives up. */
static uint64_t instance_key_hash(const Object *self)
{
    long h = user_hash((Object *)self);
    return h == -1 ? HASH_FAILED : (uint64_t)h; /* -1 is never a hash */
}

static int instance_key_equal(const Object *a, const Object *b)
{
    return equal((Object *)a, (Object *)b);
}

void class_use_key_protocols(Object *cls)
{
    Type *type = &((Class *)cls)->instance_type;
    type->hash = instance_key_hash;
    type->equal = instance_key_equal;
}

long user_hash(Object *obj)
{
    if (user_unhashable(obj)) {
        raise("TypeError", "unhashable type: '%s'", type_name(obj));
        return -1;
    }
    if (!has_special(obj, "__hash__"))
        return (long)((uintptr_t)obj >> 4);  /* CPython's default: the address, rotated */
    Object *result = call_special(obj, "__hash__", NULL, 0);
    if (result == NULL)
        return -1;
    if (!is_int(result)) {
        raise("TypeError", "__hash__ method should return an integer");
        decref(result);
        return -1;
    }
    long h = as_long(result);
    decref(result);
    return h == -1 ? -2 : h;
}
