/* instance.h: instances of classes, with named attributes.  Chapter 1.
 * CPython 3.11 keeps an instance's attributes inside it, not in a separate
 * dict object; so do we, so that a collection counts the same objects. */
#ifndef GC_INSTANCE_H
#define GC_INSTANCE_H

#include <stdbool.h>

#include "table.h"

typedef struct Instance {
    Object ob;    /* ob.type is the instance_type inside the class */
    Table attrs;
    /* Set once it holds a name that is not one of its class's shared keys:
     * CPython 3.11 then moves its attributes to a dict of its own, which
     * releases them in its own insertion order (the order of attrs). */
    bool own_keys;
//> 4 instance_weaklist
    struct WeakRef *weaklist; /* its weak references (weakref.h) */
//< 4 instance_weaklist
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

#endif
