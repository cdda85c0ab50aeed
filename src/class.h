/* class.h: class objects.  Chapter 1.  CPython: Objects/typeobject.c (heap
 * types).
 *
 * Each class carries the Type its instances point to, so an instance's type
 * name is its class's name and the allocation account counts instances per
 * class. */
#ifndef GC_CLASS_H
#define GC_CLASS_H

#include "table.h"

/* How many usable keys a class's shared keys start with (CPython 3.11:
 * SHARED_KEYS_MAX_SIZE in Objects/dictobject.c). */
#define SHARED_KEYS_MAX_SIZE 30

typedef struct Class {
    Object ob;
    Type instance_type;
    Object *name;  /* a str */
    Table attrs;   /* class attributes (methods, in the runner) */
    /* Every attribute name used on the class or its instances, each a str
     * mapped to itself: instances share these keys instead of each holding
     * its own copy of "next" (CPython 3.11 shares the keys of its instances
     * through the class's cached keys, as shared_keys below). */
    Table names;
    /* The attribute names its instances share, in the order an instance
     * first set each, borrowed from `names`: the order in which an
     * instance releases its attributes (CPython 3.11: the class's cached
     * keys, whose order indexes each instance's array of values).  Every
     * new instance and every new name uses up one of the usable keys, the
     * instances down to a floor of one, as in 3.11; once none is left, a
     * new name is not shared. */
    Object *shared_keys[SHARED_KEYS_MAX_SIZE];
    size_t shared_key_count;
    size_t shared_keys_usable;
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
/* A new instance of cls is made: it uses up one usable shared key, unless
 * only one is left, and gets room for the values of every key shared now
 * or later (CPython 3.11's init_inline_values): returns how many.  The
 * shared keys plus the usable ones never grow, so that is enough. */
size_t class_shared_keys_new_instance(Object *cls);
/* Where `key`, from class_name_key, is among the class's shared keys, or
 * -1 if it is not one. */
long class_shared_key_index(Object *cls, const Object *key);
/* The same, but a new key becomes a shared one if a usable key is left
 * (CPython 3.11's insert_into_dictkeys). */
long class_share_key(Object *cls, Object *key);
/* Borrowed reference, or NULL. */
Object *class_getattr(Object *cls, const char *name);
void class_setattr(Object *cls, const char *name, Object *value);
/* Returns false if the class had no such attribute. */
bool class_delattr(Object *cls, const char *name);

#endif
