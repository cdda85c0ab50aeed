/* class.h: class objects.  Chapter 1.  CPython: Objects/typeobject.c (heap
 * types).
 *
 * Each class carries the Type its instances point to, so an instance's type
 * name is its class's name and the allocation account counts instances per
 * class. */
#ifndef GC_CLASS_H
#define GC_CLASS_H

#include "table.h"

typedef struct Class {
    Object ob;
    Type instance_type;
    Object *name;  /* a str */
    Table attrs;   /* class attributes (methods, in the runner) */
    /* Every attribute name used on the class or its instances, each a str
     * mapped to itself: instances share these keys instead of each holding
     * its own copy of "next" (CPython 3.11 shares an instance keys table per
     * class in the same way). */
    Table names;
//> 4 class_weaklist
    struct WeakRef *weaklist; /* its weak references (weakref.h) */
//< 4 class_weaklist
} Class;

/* The type of class objects; Python calls it 'type'. */
extern Type ClassType;

/* A new class; `finalizer` is its __del__ (chapter 5), or NULL. */
Object *class_new(const char *name, destructor finalizer);
/* The class's str for an attribute name, borrowed; made and kept if
 * `create`, otherwise NULL when no attribute of that name was ever set. */
Object *class_name_key(Object *cls, const char *name, bool create);
/* Borrowed reference, or NULL. */
Object *class_getattr(Object *cls, const char *name);
void class_setattr(Object *cls, const char *name, Object *value);
/* Returns false if the class had no such attribute. */
bool class_delattr(Object *cls, const char *name);

#endif
