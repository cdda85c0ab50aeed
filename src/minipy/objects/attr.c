/* attr.c: getting, setting and deleting attributes.  Chapter 2 (the runner).
 * CPython: Objects/object.c (PyObject_GenericGetAttr) and the tp_getattro of
 * types, modules and functions. */
#include <string.h>

#include "call.h"
#include "class.h"
#include "descriptor.h"
#include "dict.h"
#include "error.h"
#include "exceptions.h"
#include "frameobject.h"
//> 5 include_finalizer
#include "finalizer.h"
//< 5 include_finalizer
//> 5 include_generator
#include "generator.h"
//< 5 include_generator
#include "inherit.h"
#include "instance.h"
#include "codeobject.h"
#include "methods.h"
#include "minipy.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc
#include "ops.h"
#include "scope.h"
#include "slice.h"
#include "str.h"
//> 4 include_weakref
#include "weakproxy.h"
#include "weakref.h"
//< 4 include_weakref

static Object *no_attribute(Object *obj, Object *name)
{
    const char *attr = str_chars(name);
    if (obj->type == &ModuleType)
        return raise("AttributeError", "module '%s' has no attribute '%s'",
                     str_chars(((Module *)obj)->name), attr);
    if (obj->type == &ClassType)
        return raise("AttributeError", "type object '%s' has no attribute '%s'",
                     str_chars(((Class *)obj)->name), attr);
    if (obj->type == &TypeObjectType)
        return raise("AttributeError", "type object '%s' has no attribute '%s'",
                     ((TypeObject *)obj)->type->name, attr);
    return raise("AttributeError", "'%s' object has no attribute '%s'", type_name(obj), attr);
}

Object *special_method(Object *obj, const char *name)
{
    if (!is_instance(obj))
        return NULL;
    Object *found = class_lookup(instance_class(obj), name);
    return found != NULL && found->type == &FunctionType ? found : NULL;
}

/* Where a module's or a function's attributes live; a function makes its
 * dict when a program first sets an attribute on it, as CPython's does. */
static Object *attribute_dict(Object *obj, bool create)
{
    if (obj->type == &ModuleType)
        return ((Module *)obj)->dict;
    if (obj->type != &FunctionType)
        return NULL;
    Function *f = (Function *)obj;
    if (f->dict == NULL && create) {
        /* Making the dict may start a collection whose gc callbacks
         * (chapter 3) give the function a dict first: keep that one. */
        Object *dict = dict_new();
        if (f->dict == NULL)
            f->dict = dict;
        else
            decref(dict);
    }
    return f->dict;
}

/* The attributes every object of a kind has, that no table holds. */
static Object *fixed_attribute(Object *obj, const char *attr)
{
    const Type *t = obj->type;
    if (strcmp(attr, "__class__") == 0) {
        Object *type = is_instance(obj) ? instance_class(obj) : type_object_of(t);
        return type ? newref(type) : NULL;
    }
    if (strcmp(attr, "__name__") == 0) {
        if (t == &ClassType)
            return newref(((Class *)obj)->name);
        if (t == &TypeObjectType) { /* "weakref.ReferenceType" is ReferenceType */
            const char *name = ((TypeObject *)obj)->type->name, *dot = strrchr(name, '.');
            return str_new(dot ? dot + 1 : name);
        }
        if (t == &FunctionType)
            return newref(((Function *)obj)->code->scope->name);
        if (t == &BuiltinType)
            return str_new(((Builtin *)obj)->def->name);
    }
    if (t == &TypeObjectType && ((TypeObject *)obj)->type == &DictType &&
        strcmp(attr, "fromkeys") == 0)
        return builtin_new(&dict_fromkeys_def, NULL);
    if (t == &TracebackType)
        return traceback_attribute(obj, attr);
    if (t == &FrameObjectType)
        return frame_attribute(obj, attr);
    if (t == &CodeType)
        return code_attribute(obj, attr);
    if (t == &FunctionType && strcmp(attr, "__code__") == 0)
        return code_new(((Function *)obj)->code->scope);
    if (is_exception(obj) && (strcmp(attr, "__context__") == 0 ||
                              strcmp(attr, "__cause__") == 0 ||
                              strcmp(attr, "__traceback__") == 0))
        return newref(None);
    if (is_exception(obj) && strcmp(attr, "__suppress_context__") == 0)
        return newref(False);
//> 5 stop_iteration_value
    if (is_exception(obj) && strcmp(attr, "value") == 0 &&
        class_is_subclass(instance_class(obj), builtin_class("StopIteration")))
        return stop_iteration_value(obj);
//< 5 stop_iteration_value
    if (t == &ClassType && strcmp(attr, "__mro__") == 0)
        return class_mro(obj);
    if (t == &ClassType && strcmp(attr, "__bases__") == 0)
        return class_bases(obj);
    if (t == &FunctionType && strcmp(attr, "__qualname__") == 0)
        return newref(((Function *)obj)->qualname);
    if (t == &FunctionType && strcmp(attr, "__defaults__") == 0) {
        Object *defaults = ((Function *)obj)->defaults;
        return newref(defaults ? defaults : None);
    }
    if (t == &FunctionType && strcmp(attr, "__kwdefaults__") == 0) {
        Object *kwdefaults = ((Function *)obj)->kwdefaults;
        return newref(kwdefaults ? kwdefaults : None);
    }
    if (t == &FunctionType && strcmp(attr, "__closure__") == 0) {
        Object *closure = ((Function *)obj)->closure;
        return newref(closure ? closure : None);
    }
    if (t == &MethodType && strcmp(attr, "__self__") == 0)
        return newref(((Method *)obj)->self);
    if (t == &MethodType && strcmp(attr, "__func__") == 0)
        return newref(((Method *)obj)->function);
    if (t == &CellType && strcmp(attr, "cell_contents") == 0) {
        Object *contents = ((Cell *)obj)->contents;
        return contents ? newref(contents) : raise("ValueError", "Cell is empty");
    }
//> 4 weakref_callback_attribute
    if (is_weakref(obj) && strcmp(attr, "__callback__") == 0) {
        Object *callback = weakref_callback(obj);
        return newref(callback ? callback : None);
    }
//< 4 weakref_callback_attribute
    if (t == &SliceType)
        return slice_attribute(obj, attr);
    if (is_descriptor(obj))
        return descriptor_attribute(obj, attr);
//> 5 finalize_attribute
    if (t == &FinalizeType)
        return finalize_attribute(obj, attr);
//< 5 finalize_attribute
//> 5 gen_attribute_call
    if (t == &GeneratorType)
        return gen_attribute(obj, attr);
//< 5 gen_attribute_call
//> 7 tracemalloc_attribute
    if (is_tracemalloc_object(obj))
        return tracemalloc_attribute(obj, attr);
//< 7 tracemalloc_attribute
    return NULL;
}

/* An instance's own attribute, or its class's (borrowed), or NULL. */
static Object *instance_lookup(Object *obj, Object *name, bool *from_class)
{
    Object *own = instance_getattr(obj, str_chars(name));
    *from_class = own == NULL;
    return own ? own : class_lookup(instance_class(obj), str_chars(name));
}

/* A property, staticmethod or classmethod that obj's class defines as
 * `name` (borrowed), or NULL. */
static Object *class_descriptor(Object *obj, Object *name, bool data_only)
{
    if (!is_instance(obj))
        return NULL;
    Object *found = class_lookup(instance_class(obj), str_chars(name));
    bool wanted = found && (data_only ? is_data_descriptor(found) : is_descriptor(found));
    return wanted ? found : NULL;
}

/* Through a descriptor of the class: held while it runs, since its
 * functions may delete it from the class. */
static Object *get_through(Object *descr, Object *obj, Object *cls, Object *name)
{
    incref(descr);
    Object *result = descriptor_get(descr, obj, cls, name);
    decref(descr);
    return result;
}

Object *get_method(Object *obj, Object *name, bool *self_needed)
{
    *self_needed = false;
    if (class_descriptor(obj, name, false) != NULL)
        return get_attr(obj, name);
    if (is_instance(obj)) {
        bool from_class;
        Object *found = instance_lookup(obj, name, &from_class);
        if (found != NULL) {
            *self_needed = from_class && found->type == &FunctionType;
            return newref(found);
        }
    }
    return get_attr(obj, name);
}

//> 4 proxy_attr
/* An attribute through a proxy: get (value NULL, delete false), set, or
 * delete on what it stands for. */
static Object *proxy_attr(Object *proxy, Object *name, Object *value, bool delete, int *status)
{
    Object *referent = proxy_referent(proxy), *result = NULL;
    *status = -1;
    if (referent != NULL && value == NULL && !delete)
        result = get_attr(referent, name);
    else if (referent != NULL)
        *status = delete ? del_attr(referent, name) : set_attr(referent, name, value);
    xdecref(referent);
    return result;
}
//< 4 proxy_attr

Object *get_attr(Object *obj, Object *name)
{
    const char *attr = str_chars(name);
//> 4 proxy_get_attr
    int status;
    if (is_proxy(obj))
        return proxy_attr(obj, name, NULL, false, &status);
//< 4 proxy_get_attr
    Object *data = class_descriptor(obj, name, true);
    if (data != NULL)
        return get_through(data, obj, instance_class(obj), name);
    if (is_instance(obj)) {
        bool from_class;
        Object *found = instance_lookup(obj, name, &from_class);
        if (found != NULL && from_class && found->type == &FunctionType)
            return method_new(found, obj);
        if (found != NULL && from_class && is_descriptor(found))
            return get_through(found, obj, instance_class(obj), name);
        if (found != NULL)
            return newref(found);
    }
    if (obj->type == &SuperType)
        return super_getattr(obj, name);
    if (obj->type == &ClassType) {
        Object *found = class_lookup(obj, attr);
        if (found != NULL && is_descriptor(found))
            return get_through(found, NULL, obj, name);
        if (found != NULL)
            return newref(found);
    }
    Object *dict = attribute_dict(obj, false);
    Object *found = dict ? dict_getitem(dict, name) : NULL;
    if (found != NULL)
        return newref(found);
    Object *fixed = fixed_attribute(obj, attr);
    if (fixed != NULL || error_occurred())
        return fixed;
    if (obj->type == &MethodType) /* a method looks in its function next */
        return get_attr(((Method *)obj)->function, name);
    const BuiltinDef *def = method_def(obj->type, attr);
    if (def != NULL)
        return builtin_new(def, obj);
    if (is_instance(obj) && strcmp(attr, "__dict__") == 0)
        return raise("AttributeError", "minipy's instances keep their attributes in no "
                                       "__dict__ object (a deliberate difference)");
    return no_attribute(obj, name);
}

int set_attr(Object *obj, Object *name, Object *value)
{
//> 4 proxy_set_attr
    int status;
    if (is_proxy(obj)) {
        proxy_attr(obj, name, value, false, &status);
        return status;
    }
//< 4 proxy_set_attr
    Object *data = class_descriptor(obj, name, true);
    if (data != NULL)
        return descriptor_set(data, obj, name, value);
    if (is_instance(obj))
        instance_setattr(obj, str_chars(name), value);
/*< 5 set_del
    else if (obj->type == &ClassType)
        class_setattr(obj, str_chars(name), value);
*/
//> 5 set_del
    else if (obj->type == &ClassType) {
        class_setattr(obj, str_chars(name), value);
        if (is_del_name(name))
            class_update_finalizer(obj);
    } else if (obj->type == &FinalizeType)
        return finalize_set_attribute(obj, name, value);
//< 5 set_del
    else if (attribute_dict(obj, true) != NULL)
        dict_setitem(attribute_dict(obj, true), name, value);
    else if (obj->type == &TypeObjectType) {
        raise("TypeError", "cannot set '%s' attribute of immutable type '%s'", str_chars(name),
              ((TypeObject *)obj)->type->name);
        return -1;
    } else {
        no_attribute(obj, name);
        return -1;
    }
    return 0;
}

int del_attr(Object *obj, Object *name)
{
//> 4 proxy_del_attr
    int status;
    if (is_proxy(obj)) {
        proxy_attr(obj, name, NULL, true, &status);
        return status;
    }
//< 4 proxy_del_attr
    Object *data = class_descriptor(obj, name, true);
    if (data != NULL)
        return descriptor_set(data, obj, name, NULL);
    bool deleted = false;
    Object *dict = attribute_dict(obj, false);
    if (is_instance(obj))
        deleted = instance_delattr(obj, str_chars(name));
/*< 5 del_del
    else if (obj->type == &ClassType)
        deleted = class_delattr(obj, str_chars(name));
*/
//> 5 del_del
    else if (obj->type == &ClassType) {
        deleted = class_delattr(obj, str_chars(name));
        if (deleted && is_del_name(name))
            class_update_finalizer(obj);
    }
//< 5 del_del
    else if (dict != NULL)
        deleted = dict_delitem(dict, name);
    if (deleted)
        return 0;
    /* CPython 3.11's wording for what cannot be deleted */
    if (method_def(obj->type, str_chars(name)) != NULL)
        raise("AttributeError", "'%s' object attribute '%s' is read-only", type_name(obj),
              str_chars(name));
    else if (obj->type == &ModuleType || obj->type == &FunctionType)
        raise("AttributeError", "'%s' object has no attribute '%s'", type_name(obj),
              str_chars(name));
    else
        no_attribute(obj, name);
    return -1;
}
