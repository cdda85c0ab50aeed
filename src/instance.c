/* instance.c: instances of classes.  Chapter 1. */
#include "instance.h"

#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "debug.h"
//> 6 include_obmalloc
#include "obmalloc.h"
//< 6 include_obmalloc
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
    char *type = (char *)as_instance(inst, __func__)->ob.ob.type;
    return (Object *)(type - offsetof(Class, instance_type));
}

Object *instance_new(Object *cls)
{
    if (cls == NULL || cls->type != &ClassType)
        fatal_wrong_type(cls, __func__, "a class");
    size_t slots = class_shared_keys_new_instance(cls);
    Object *op = object_new(&((Class *)cls)->instance_type, slots);
    incref(cls);
//> 2 track_instance
    gc_track(op);
//< 2 track_instance
    return op;
}

/* The slot of the shared key at `index` (from class_shared_key_index or
 * class_share_key), which the instance was given room for when it was
 * made (see class_shared_keys_new_instance). */
static Object **value_slot(Instance *self, long index)
{
    if (index < 0 || (size_t)index >= self->ob.size)
        fatal_misuse(&self->ob.ob, "a shared key beyond the instance's values");
    return &self->values[index];
}

/* The slot of key's value, or NULL if key is not one of the shared keys. */
static Object **shared_slot(Instance *self, const Object *key)
{
    long index = class_shared_key_index(instance_class(&self->ob.ob), key);
    return index < 0 ? NULL : value_slot(self, index);
}

Object *instance_getattr(const Object *inst, const char *name)
{
    Instance *self = as_instance(inst, __func__);
    Object *key = class_name_key(instance_class(inst), name, false);
    if (key == NULL || self->dict)
        return key ? table_get(self->dict, key) : NULL;
    Object **slot = shared_slot(self, key);
    return slot ? *slot : NULL;
}

/* A name that is not shared: the values move, in the order of the shared
 * keys, to a dict of the instance's own (CPython 3.11's
 * make_dict_from_instance_attributes).  The dict holds each value before
 * the slot lets it go, so no count reaches zero and no code runs. */
static void move_values_to_dict(Instance *self, Class *cls)
{
/*< 6 instance_dict_malloc
    Table *dict = malloc(sizeof *dict);
*/
//> 6 instance_dict_object_malloc
    Table *dict = object_malloc(sizeof *dict);
//< 6 instance_dict_object_malloc
    if (dict == NULL)
        fatal_out_of_memory("an instance's dict");
    table_init(dict);
    for (size_t i = 0; i < self->ob.size; i++) {
        if (self->values[i] == NULL)
            continue;
        table_set(dict, cls->shared_keys[i], self->values[i]);
        decref(self->values[i]);
        self->values[i] = NULL;
    }
    self->dict = dict;
}

void instance_setattr(Object *inst, const char *name, Object *value)
{
    CHECK_NOT_NULL(value);
    Instance *self = as_instance(inst, __func__);
    Object *cls = instance_class(inst);
    Object *key = class_name_key(cls, name, true);
    if (self->dict == NULL) {
        long index = class_share_key(cls, key);
        if (index >= 0) {
            Object **slot = value_slot(self, index);
            Object *old = *slot;
            *slot = newref(value);
            xdecref(old); /* last: releasing it may run code */
            return;
        }
        move_values_to_dict(self, (Class *)cls);
    }
    table_set(self->dict, key, value);
}

bool instance_delattr(Object *inst, const char *name)
{
    Instance *self = as_instance(inst, __func__);
    Object *key = class_name_key(instance_class(inst), name, false);
    if (key == NULL || self->dict)
        return key ? table_delete(self->dict, key) : false;
    Object **slot = shared_slot(self, key);
    Object *old = slot ? *slot : NULL;
    if (old == NULL)
        return false;
    *slot = NULL;
    decref(old); /* last: releasing it may run code */
    return true;
}

bool instance_next_attr(const Object *inst, size_t *pos, Object **name, Object **value)
{
    Instance *self = as_instance(inst, __func__);
    CHECK_NOT_NULL(pos);
    if (self->dict)
        return table_next(self->dict, pos, name, value);
    while (*pos < self->ob.size) {
        size_t i = (*pos)++;
        if (self->values[i] != NULL) {
            *name = ((Class *)instance_class(inst))->shared_keys[i];
            *value = self->values[i];
            return true;
        }
    }
    return false;
}

int instance_traverse_attrs(Object *inst, visitproc visit, void *arg)
{
    Instance *self = as_instance(inst, __func__);
    if (self->dict)
        return table_traverse(self->dict, visit, arg);
    for (size_t i = 0; i < self->ob.size; i++) {
        int stop = self->values[i] ? visit(self->values[i], arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

/* The attributes, then the class, as CPython 3.11's subtype_traverse. */
static int instance_traverse(Object *self, visitproc visit, void *arg)
{
    int stop = instance_traverse_attrs(self, visit, arg);
    return stop ? stop : visit(instance_class(self), arg);
}

/* Drops the attributes; the class stays, as in CPython's subtype_clear.
 * They are detached first, so that code run by a release finds none.
 * CPython 3.11 releases an instance's values in the order of its class's
 * shared keys (_PyObject_FreeInstanceAttributes), whatever order this
 * instance set them in; an instance with a dict of its own releases the
 * dict, in insertion order, which table_fini keeps.  Where we differ:
 * 3.11 also adds a name to the shared keys when a `del` of a missing
 * attribute fails, and it remembers the order in which an instance set
 * its shared keys, which orders the dict that an unshared name makes;
 * ours orders that dict by the shared keys. */
static void instance_clear(Object *self)
{
    Instance *inst = as_instance(self, __func__);
    Object *values[SHARED_KEYS_MAX_SIZE];
    size_t count = inst->ob.size;
    memcpy(values, inst->values, count * sizeof *values);
    memset(inst->values, 0, count * sizeof *values);
    Table *dict = inst->dict;
    inst->dict = NULL;
    for (size_t i = 0; i < count; i++)
        xdecref(values[i]);
    if (dict) {
        table_fini(dict);
/*< 6 instance_dict_free
        free(dict);
*/
//> 6 instance_dict_object_free
        object_free(dict);
//< 6 instance_dict_object_free
    }
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
        .item_size = sizeof(Object *),
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
