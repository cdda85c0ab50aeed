/* dump.h: a Graphviz picture of a set of objects.  Chapter 1.
 * The book's heap figures are drawn by this code, from real objects. */
#ifndef GC_DUMP_H
#define GC_DUMP_H

#include <stdio.h>

#include "object.h"

/* Write a DOT graph of objects[0..count): each object with its type and
 * reference count, each reference between two of them an arrow.  References
 * to objects outside the set are left out: the caller chooses the picture. */
void dump_objects(FILE *out, Object *const *objects, size_t count);

/* The same, with a line of text under each object: note(op, arg), or
 * nothing where it returns NULL. */
typedef const char *(*DumpNote)(const Object *op, void *arg);
void dump_objects_noted(FILE *out, Object *const *objects, size_t count,
                        DumpNote note, void *arg);

#endif
