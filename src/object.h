/* object.h: the header every object starts with, the type record, and
 * reference counting.  Chapter 1.  CPython: Include/object.h.
 *
 * Ownership rules (CPython's, used by every function in src/):
 *   - A function that returns an Object * returns a NEW reference: the caller
 *     owns it and must decref it when done.  Exceptions say "borrowed" in
 *     their comment and in their name's ending (`_borrow`) or documentation.
 *   - A function that takes an Object * argument BORROWS it: it increfs what it
 *     keeps.  Functions that take over the caller's reference instead say so:
 *     they STEAL it (list_setitem, as CPython's PyList_SetItem).
 *   - An object is freed when its count reaches zero; what it held is then
 *     released in turn (see dealloc.c).
 */
#ifndef GC_OBJECT_H
#define GC_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "account.h"

typedef struct Object Object;
typedef struct Type Type;

/* A visitor called by traverse on each reference an object holds; a nonzero
 * result stops the walk and is returned by traverse. */
typedef int (*visitproc)(Object *referent, void *arg);

typedef void (*destructor)(Object *self);
typedef uint64_t (*hashfunc)(const Object *self);
typedef int (*equalfunc)(const Object *a, const Object *b);
/* What a type's hash returns when it failed. */
#define HASH_FAILED UINT64_MAX
typedef int (*traverseproc)(Object *self, visitproc visit, void *arg);
typedef void (*inquiry)(Object *self);

/* Type flags. */
enum {
    /* Instances can hold references: the cycle collector must track them
     * (chapter 2).  Atomic types (int, str) leave it unset. */
    TYPE_GC = 1u << 0,
    /* Instances can be the target of a weak reference (chapter 4). */
    TYPE_WEAKREFABLE = 1u << 1,
    /* The type belongs to a class object created at run time; each instance
     * holds a reference to it (CPython: Py_TPFLAGS_HEAPTYPE). */
    TYPE_HEAP = 1u << 2,
    /* Instances cannot be dict keys: they are mutable and compared by value
     * (list, dict).  Other objects are hashed by value (str, int) or by
     * identity. */
    TYPE_UNHASHABLE = 1u << 3,
};

struct Type {
    const char *name;
    size_t basic_size; /* bytes of an instance with no items */
    size_t item_size;  /* bytes per item of a variable-size instance, or 0 */
    unsigned flags;

    /* Release everything the object owns (its references and buffers); the
     * object's own memory is freed by the caller afterwards.  May be NULL for
     * an object that owns nothing. */
    destructor dealloc;
    /* Call visit on every reference the object holds (chapter 2). */
    traverseproc traverse;
    /* Drop the references the object holds, leaving it valid (chapter 2). */
    inquiry clear;
    /* Python's __del__ (chapter 5). */
    destructor finalize;
//> 5 legacy_finalizer_slot
    /* In legacy mode (CPython 3.3's collector), does the object have a
     * finalizer that keeps its cycle in gc.garbage?  NULL: exactly when
     * `finalize` is set.  (A generator's depends on where it stopped.) */
    bool (*has_legacy_finalizer)(Object *self);
//< 5 legacy_finalizer_slot
    /* A key's hash and equality, for a type whose instances are keys by
     * value (the runner's tuples and bools, as CPython's tp_hash and
     * tp_richcompare); NULL for a type hashed by identity.  Equal keys must
     * have equal hashes, even across types (True and 1).  Either may run
     * code that fails (a program's __hash__ and __eq__, in the runner):
     * hash then returns HASH_FAILED, a value no hash takes otherwise, and
     * equal -1 (else 1 or 0), as CPython's -1 and NULL; the code that
     * failed keeps the reason, for the runtime has no exceptions. */
    hashfunc hash;
    equalfunc equal;

//> 4 weaklist_offset
    /* Where a weakly referenceable object keeps the head of its list of weak
     * references (CPython: tp_weaklistoffset); 0 for other types. */
    size_t weaklist_offset;
//< 4 weaklist_offset

    Account account; /* what is alive of this type; see account.h */
    Type *next_accounted; /* the list of types that have allocated */
};

struct Object {
    intptr_t refcnt;
    Type *type;
};

/* Objects whose size depends on how many items they hold (str). */
typedef struct VarObject {
    Object ob;
    size_t size; /* number of items */
} VarObject;

/* Allocate an object of type `type` with `items` items (0 for fixed-size
 * types); it starts with a count of one, owned by the caller. */
Object *object_new(Type *type, size_t items);

/* The size in bytes of `op`'s allocation, and where it starts. */
size_t object_size(const Object *op);
void *object_memory(Object *op);

/* The type's name as a program would see it (a class's name for instances). */
const char *type_name(const Object *op);

void incref(Object *op);
void decref(Object *op);
/* decref that accepts NULL. */
void xdecref(Object *op);
/* incref and return op: for storing a new reference in one expression. */
Object *newref(Object *op);

/* Handle a count that reached zero: release and free the object (dealloc.c). */
void object_dealloc(Object *op);
/* How many deaths may nest on the C stack before the next is set aside, to
 * be freed once the stack has unwound (dealloc.c's trashcan; CPython 3.11:
 * _PyTrash_UNWIND_LEVEL). */
#define UNWIND_LEVEL 50

#endif
