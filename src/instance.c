/* instance.c: instances of classes.  Chapter 1. */
#include "instance.h"

#include "class.h"
#include "debug.h"
//> 2 include_gc
#include "gc.h"
//< 2 include_gc

bool is_instance(const Object *op)
{
    CHECK_NOT_NULL(op);
    return (op->type->flags & TYPE_HEAP) != 0;
}

static Instance *as_instance(const Object *op, const char *function)
{
    if (op == NULL || !is_instance(op))
        fatal_wrong_type(op, function, "an instance");
    return (Instance *)op;
}

Object *instance_class(const Object *inst)
{
    /* The type lives inside the class: step back to the class around it. */
    char *type = (char *)as_instance(inst, __func__)->ob.type;
    return (Object *)(type - offsetof(Class, instance_type));
}

Object *instance_new(Object *cls)
{
    if (cls == NULL || cls->type != &ClassType)
        fatal_wrong_type(cls, __func__, "a class");
    Object *op = object_new(&((Class *)cls)->instance_type, 0);
    table_init(&((Instance *)op)->attrs);
    class_shared_keys_new_instance(cls);
    incref(cls);
//> 2 track_instance
    gc_track(op);
//< 2 track_instance
    return op;
}

Object *instance_getattr(const Object *inst, const char *name)
{
    Object *key = class_name_key(instance_class(inst), name, false);
    return key ? table_get(&as_instance(inst, __func__)->attrs, key) : NULL;
}

void instance_setattr(Object *inst, const char *name, Object *value)
{
    CHECK_NOT_NULL(value);
    Instance *self = as_instance(inst, __func__);
    Object *cls = instance_class(inst);
    Object *key = class_name_key(cls, name, true);
    if (!self->own_keys && !class_share_key(cls, key))
        self->own_keys = true;
    table_set(&self->attrs, key, value);
}

bool instance_delattr(Object *inst, const char *name)
{
    Object *key = class_name_key(instance_class(inst), name, false);
    return key ? table_delete(&as_instance(inst, __func__)->attrs, key) : false;
}

/* The attributes, then the class, as CPython 3.11's subtype_traverse. */
static int instance_traverse(Object *self, visitproc visit, void *arg)
{
    int stop = table_traverse(&as_instance(self, __func__)->attrs, visit, arg);
    return stop ? stop : visit(instance_class(self), arg);
}

/* Drops the attributes; the class stays, as in CPython's subtype_clear.
 * They are detached first, so that code run by a release finds none.
 * CPython 3.11 releases an instance's values in the order of its class's
 * shared keys (_PyObject_FreeInstanceAttributes), whatever order this
 * instance set them in; an instance with keys of its own releases its
 * dict, in insertion order, which table_fini keeps.  Where we differ: 3.11
 * also adds a name to the shared keys when a `del` of a missing attribute
 * fails, and its traverse visits the values in the shared keys' order,
 * where instance_traverse keeps this instance's own order. */
static void instance_clear(Object *self)
{
    Instance *inst = as_instance(self, __func__);
    Table attrs = inst->attrs;
    table_init(&inst->attrs);
    if (!inst->own_keys) {
        Class *cls = (Class *)instance_class(self);
        for (size_t i = 0; i < cls->shared_key_count; i++)
            table_delete(&attrs, cls->shared_keys[i]);
    }
    table_fini(&attrs);
}

static void instance_dealloc(Object *self)
{
    Object *cls = instance_class(self);
    instance_clear(self);
    decref(cls);
}

void instance_type_init(Type *type, const char *name, destructor finalizer)
{
    CHECK_NOT_NULL(type);
    CHECK_NOT_NULL(name);
    *type = (Type){
        .name = name,
        .basic_size = sizeof(Instance),
        .flags = TYPE_GC | TYPE_WEAKREFABLE | TYPE_HEAP,
//> 4 instance_weaklist_offset
        .weaklist_offset = offsetof(Instance, weaklist),
//< 4 instance_weaklist_offset
        .dealloc = instance_dealloc,
        .traverse = instance_traverse,
        .clear = instance_clear,
        .finalize = finalizer,
    };
}
