/* descriptor.c: property, staticmethod and classmethod.  Chapter 2 (the
 * runner).  CPython: Objects/descrobject.c (property) and
 * Objects/funcobject.c (staticmethod, classmethod).
 *
 * Each wraps functions and changes what looking its name up through a
 * class gives: the getter's result, the function itself, or the function
 * bound to the class.  A property found on an instance's class comes
 * before the instance's own attributes (it is a data descriptor). */
#include "descriptor.h"

#include <string.h>

#include "call.h"
#include "error.h"
#include "gc.h"
#include "ops.h"
#include "str.h"

typedef struct Property {
    Object ob;
    Object *accessors[PROPERTY_ACCESSORS];  /* fget, fset, fdel; each may be NULL */
} Property;

/* staticmethod and classmethod */
typedef struct Wrapper {
    Object ob;
    Object *callable;
} Wrapper;

static const char *const accessor_names[PROPERTY_ACCESSORS] = {"fget", "fset", "fdel"};

static Object *property_new(Object *const accessors[PROPERTY_ACCESSORS])
{
    Object *op = object_new(&PropertyType, 0);
    for (int i = 0; i < PROPERTY_ACCESSORS; i++) {
        Object *f = accessors[i];
        ((Property *)op)->accessors[i] = f != NULL && f != None ? newref(f) : NULL;
    }
    gc_track(op);
    return op;
}

static int property_traverse(Object *self, visitproc visit, void *arg)
{
    for (int i = 0; i < PROPERTY_ACCESSORS; i++) {
        Object *f = ((Property *)self)->accessors[i];
        int stop = f ? visit(f, arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

static void property_clear(Object *self)
{
    for (int i = 0; i < PROPERTY_ACCESSORS; i++) {
        Object *f = ((Property *)self)->accessors[i];
        ((Property *)self)->accessors[i] = NULL;
        xdecref(f);
    }
}

Type PropertyType = {
    .name = "property",
    .basic_size = sizeof(Property),
    .flags = TYPE_GC,
    .dealloc = property_clear,
    .traverse = property_traverse,
    .clear = property_clear,
};

/* property(fget=None, fset=None, fdel=None), positional only in minipy */
Object *property_construct(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs > PROPERTY_ACCESSORS)
        return raise("TypeError", "property() takes at most %d arguments (%zu given)",
                     PROPERTY_ACCESSORS, nargs);
    Object *accessors[PROPERTY_ACCESSORS] = {0};
    for (size_t i = 0; i < nargs; i++)
        accessors[i] = args[i];
    return property_new(accessors);
}

/* prop.getter(f), prop.setter(f), prop.deleter(f): a copy with f in place
 * of one accessor, which is how `@x.setter` builds a property in steps. */
static Object *property_with(Object *self, Object *f, enum PropertyAccessor which)
{
    Object *accessors[PROPERTY_ACCESSORS];
    memcpy(accessors, ((Property *)self)->accessors, sizeof accessors);
    accessors[which] = f;
    return property_new(accessors);
}

static Object *property_getter(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return property_with(self, args[0], PROPERTY_GET);
}

static Object *property_setter(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return property_with(self, args[0], PROPERTY_SET);
}

static Object *property_deleter(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return property_with(self, args[0], PROPERTY_DELETE);
}

const BuiltinDef property_methods[] = {
    {"getter", property_getter, 1, 1, ARGS_ONE},
    {"setter", property_setter, 1, 1, ARGS_ONE},
    {"deleter", property_deleter, 1, 1, ARGS_ONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

static int wrapper_traverse(Object *self, visitproc visit, void *arg)
{
    Object *callable = ((Wrapper *)self)->callable;
    return callable ? visit(callable, arg) : 0;
}

static void wrapper_clear(Object *self)
{
    Object *callable = ((Wrapper *)self)->callable;
    ((Wrapper *)self)->callable = NULL;
    xdecref(callable);
}

/* staticmethod and classmethod differ only in what a lookup gives. */
#define WRAPPER_TYPE(type_name)                                                      \
    {.name = type_name, .basic_size = sizeof(Wrapper), .flags = TYPE_GC,          \
     .dealloc = wrapper_clear, .traverse = wrapper_traverse, .clear = wrapper_clear}

Type StaticMethodType = WRAPPER_TYPE("staticmethod");
Type ClassMethodType = WRAPPER_TYPE("classmethod");

/* staticmethod(f) and classmethod(f): the type object is `self`. */
Object *wrapper_construct(Object *self, Object **args, size_t nargs)
{
    Type *type = ((TypeObject *)self)->type;
    if (nargs != 1)
        return raise("TypeError", "%s expected 1 argument, got %zu", type->name, nargs);
    /* held first: the allocation may start a collection */
    Object *callable = newref(args[0]);
    Object *op = object_new(type, 0);
    ((Wrapper *)op)->callable = callable;
    gc_track(op);
    return op;
}

bool is_descriptor(const Object *op)
{
    const Type *t = op->type;
    return t == &PropertyType || t == &StaticMethodType || t == &ClassMethodType;
}

bool is_data_descriptor(const Object *op)
{
    return op->type == &PropertyType;
}

/* "property 'x' of 'A' object has no setter", as CPython 3.11 says it. */
static Object *no_accessor(Object *obj, Object *name, const char *what)
{
    return raise("AttributeError", "property '%s' of '%s' object has no %s", str_chars(name),
                 type_name(obj), what);
}

Object *descriptor_get(Object *descr, Object *obj, Object *cls, Object *name)
{
    if (descr->type == &StaticMethodType)
        return newref(((Wrapper *)descr)->callable);
    if (descr->type == &ClassMethodType)
        return method_new(((Wrapper *)descr)->callable, cls);
    Object *fget = ((Property *)descr)->accessors[PROPERTY_GET];
    if (obj == NULL)
        return newref(descr);
    if (fget == NULL)
        return no_accessor(obj, name, "getter");
    Object *arg = newref(obj);
    return call_object(fget, &arg, 1);
}

int descriptor_set(Object *descr, Object *obj, Object *name, Object *value)
{
    enum PropertyAccessor which = value ? PROPERTY_SET : PROPERTY_DELETE;
    Object *f = ((Property *)descr)->accessors[which];
    if (f == NULL) {
        no_accessor(obj, name, value ? "setter" : "deleter");
        return -1;
    }
    Object *args[] = {newref(obj), value ? newref(value) : NULL};
    Object *result = call_object(f, args, value ? 2 : 1);
    xdecref(result);
    return result ? 0 : -1;
}

Object *descriptor_attribute(Object *descr, const char *attr)
{
    if (descr->type == &PropertyType) {
        for (int i = 0; i < PROPERTY_ACCESSORS; i++)
            if (strcmp(attr, accessor_names[i]) == 0) {
                Object *f = ((Property *)descr)->accessors[i];
                return newref(f ? f : None);
            }
        return NULL;
    }
    if (strcmp(attr, "__func__") == 0 || strcmp(attr, "__wrapped__") == 0)
        return newref(((Wrapper *)descr)->callable);
    return NULL;
}
