/* descriptor.h: property, staticmethod and classmethod.  Chapter 2 (the
 * runner).  CPython: Objects/descrobject.c and Objects/funcobject.c. */
#ifndef MINIPY_DESCRIPTOR_H
#define MINIPY_DESCRIPTOR_H

#include <stdbool.h>

#include "minipy.h"

enum PropertyAccessor { PROPERTY_GET, PROPERTY_SET, PROPERTY_DELETE, PROPERTY_ACCESSORS };

extern Type PropertyType, StaticMethodType, ClassMethodType;
extern const BuiltinDef property_methods[];

/* The constructors of their type objects (typeobject.c). */
Object *property_construct(Object *self, Object **args, size_t nargs);
Object *wrapper_construct(Object *self, Object **args, size_t nargs);

/* Is op a property, a staticmethod or a classmethod? */
bool is_descriptor(const Object *op);
/* Is it one that also decides assignment and deletion (a property)? */
bool is_data_descriptor(const Object *op);
/* What looking up `name`, found on class cls as descr, gives: through an
 * instance obj, or through the class itself when obj is NULL.  New
 * reference, or NULL with an exception set. */
Object *descriptor_get(Object *descr, Object *obj, Object *cls, Object *name);
/* obj.name = value through a property, or del obj.name when value is
 * NULL.  0, or -1 with an exception set. */
int descriptor_set(Object *descr, Object *obj, Object *name, Object *value);
/* A descriptor's own attributes (fget, __func__, ...): new, or NULL. */
Object *descriptor_attribute(Object *descr, const char *attr);

#endif
