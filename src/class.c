/* class.c: class objects.  Chapter 1. */
#include "class.h"

#include "debug.h"
//> 2 include_gc
#include "gc.h"
//< 2 include_gc
#include "instance.h"
#include "str.h"

static Class *as_class(const Object *op, const char *function)
{
    if (op == NULL || op->type != &ClassType)
        fatal_wrong_type(op, function, "a class");
    return (Class *)op;
}

Object *class_new(const char *name, destructor finalizer)
{
    CHECK_NOT_NULL(name);
    Object *op = object_new(&ClassType, 0);
    Class *cls = (Class *)op;
    cls->name = str_new(name);
    table_init(&cls->attrs);
    table_init(&cls->names);
    cls->shared_keys_usable = SHARED_KEYS_MAX_SIZE;
    instance_type_init(&cls->instance_type, str_chars(cls->name), finalizer);
//> 2 track_class
    gc_track(op);
//< 2 track_class
    return op;
}

Object *class_name_key(Object *cls, const char *name, bool create)
{
    Table *names = &as_class(cls, __func__)->names;
    CHECK_NOT_NULL(name);
    Object *probe = str_new(name);
    Object *key = table_get(names, probe);
    if (key == NULL && create) {
        table_set(names, probe, probe);
        key = probe;
    }
    decref(probe); /* a kept key is still held by the table */
    return key;
}

size_t class_shared_keys_new_instance(Object *cls)
{
    Class *c = as_class(cls, __func__);
    if (c->shared_keys_usable > 1)
        c->shared_keys_usable--;
    return c->shared_key_count + c->shared_keys_usable;
}

long class_shared_key_index(Object *cls, const Object *key)
{
    Class *c = as_class(cls, __func__);
    for (size_t i = 0; i < c->shared_key_count; i++)
        if (c->shared_keys[i] == key)
            return (long)i;
    return -1;
}

long class_share_key(Object *cls, Object *key)
{
    Class *c = as_class(cls, __func__);
    long index = class_shared_key_index(cls, key);
    if (index >= 0 || c->shared_keys_usable == 0)
        return index;
    c->shared_keys_usable--;
    c->shared_keys[c->shared_key_count] = key;
    return (long)c->shared_key_count++;
}

Object *class_getattr(Object *cls, const char *name)
{
    Object *key = class_name_key(cls, name, false);
    return key ? table_get(&as_class(cls, __func__)->attrs, key) : NULL;
}

void class_setattr(Object *cls, const char *name, Object *value)
{
    CHECK_NOT_NULL(value);
    table_set(&as_class(cls, __func__)->attrs, class_name_key(cls, name, true), value);
}

bool class_delattr(Object *cls, const char *name)
{
    Object *key = class_name_key(cls, name, false);
    return key ? table_delete(&as_class(cls, __func__)->attrs, key) : false;
}

/* The names table holds only strs, which can take part in no cycle. */
static int class_traverse(Object *self, visitproc visit, void *arg)
{
    return table_traverse(&as_class(self, __func__)->attrs, visit, arg);
}

static void class_clear(Object *self)
{
    table_fini(&as_class(self, __func__)->attrs);
}

static void class_dealloc(Object *self)
{
    Class *cls = as_class(self, __func__);
    table_fini(&cls->attrs);
    table_fini(&cls->names);
    /* No instance is left (each held a reference to the class). */
    account_forget_type(&cls->instance_type);
    decref(cls->name);
}

Type ClassType = {
    .name = "type",
    .basic_size = sizeof(Class),
    .flags = TYPE_GC | TYPE_WEAKREFABLE,
//> 4 class_weaklist_offset
    .weaklist_offset = offsetof(Class, weaklist),
//< 4 class_weaklist_offset
    .dealloc = class_dealloc,
    .traverse = class_traverse,
    .clear = class_clear,
};
