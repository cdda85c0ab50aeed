/* instance.h: instances of classes, with named attributes.  Chapter 1.
 * CPython 3.11 keeps an instance's attributes inside it, not in a separate
 * dict object; so do we, so that a collection counts the same objects. */
#ifndef GC_INSTANCE_H
#define GC_INSTANCE_H

#include <stdbool.h>

#include "table.h"

typedef struct Instance {
    /* ob.ob.type is the instance_type inside the class; ob.size is how
     * many values it has room for, fixed when it is made (see values). */
    VarObject ob;
    /* NULL while every name it holds is one of its class's shared keys.
     * Set once it holds one that is not: CPython 3.11 then moves its
     * attributes to a dict of its own, which releases them in its own
     * insertion order; `values` is then unused. */
    Table *dict;
//> 4 instance_weaklist
    struct WeakRef *weaklist; /* its weak references (weakref.h) */
//< 4 instance_weaklist
    /* values[i] is the attribute named by its class's shared_keys[i], or
     * NULL (CPython 3.11's values array, here inside the instance).  A
     * class hands a new instance room for every shared key it has and can
     * still gain, so a name shared later also has its slot here. */
    Object *values[];
} Instance;

/* Fill in the type that a new class gives its instances (class.c). */
void instance_type_init(Type *type, const char *name, destructor finalizer);

bool is_instance(const Object *op);
/* A new instance of cls; it holds a reference to cls. */
Object *instance_new(Object *cls);
/* Borrowed reference to the instance's class. */
Object *instance_class(const Object *inst);
/* Borrowed reference, or NULL if the instance has no such attribute. */
Object *instance_getattr(const Object *inst, const char *name);
/* Adds a new reference to value. */
void instance_setattr(Object *inst, const char *name, Object *value);
/* Returns false if the attribute was absent. */
bool instance_delattr(Object *inst, const char *name);
/* Iterate over its attributes: start with *pos = 0; borrowed results.  In
 * the order of its class's shared keys, or its dict's insertion order. */
bool instance_next_attr(const Object *inst, size_t *pos, Object **name, Object **value);
/* Visit each attribute's value (the class is not visited). */
int instance_traverse_attrs(Object *inst, visitproc visit, void *arg);

#endif
