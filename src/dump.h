/* dump.h: a Graphviz picture of a set of objects.  Chapter 1.
 * The book's heap figures are drawn by this code, from real objects.
 *
 * A picture is honest about counts: every reference to an object drawn is
 * an arrow, from another object drawn or from a holder, a node for what
 * holds it from outside the heap (a variable, a frame, a C local of the
 * collector).  Each arrow says what it is in an attribute, kind=ref,
 * kind=holder, kind=weak or kind=list, which Graphviz keeps and ignores;
 * the book's build counts the ref and holder arrows into each object and
 * stops if they do not add up to the count in its label. */
#ifndef GC_DUMP_H
#define GC_DUMP_H

#include <stdio.h>

//> 2 dump_include_gc_head
#include "gc_head.h"
//< 2 dump_include_gc_head
#include "object.h"

//> 2 DumpState
/* What the collector knows of an object, drawn as a fill and a line style
 * (so that a greyscale page tells them apart too), with a legend. */
typedef enum DumpState {
    DUMP_UNMARKED,  /* nothing yet: a plain box */
    DUMP_REACHABLE, /* found reachable: filled light, bold line */
    DUMP_TENTATIVE, /* on the unreachable list, maybe for now: filled darker, dashed line */
    DUMP_FREED,     /* freed: only its name is left, dotted line */
    DUMP_STATES
} DumpState;

/* One of the collector's lists, drawn as the chain of its links, in order,
 * from a node named `name` (only the objects of the picture appear). */
typedef struct DumpList {
    const char *name;
    GCHead *head;
} DumpList;
//< 2 DumpState

/* One reference from outside the picture: `name` holds `target`.  Holders
 * of the same name are one node, with an arrow for each reference. */
typedef struct DumpHolder {
    const char *name;
    const Object *target;
} DumpHolder;

/* What to write under an object, and how to draw it. */
typedef struct DumpMark {
    const char *note; /* a line under the count, or NULL */
//> 2 DumpMark_state
    DumpState state;
//< 2 DumpMark_state
} DumpMark;
typedef DumpMark (*DumpMarker)(const Object *op, void *arg);

typedef struct Picture {
    Object *const *objects; /* the objects drawn, each with its type and count */
    size_t count;
    DumpMarker mark; /* NULL: no note, nothing marked */
    void *arg;       /* for mark */
    const DumpHolder *holders;
    size_t nholders;
//> 2 Picture_lists
    const DumpList *lists;
    size_t nlists;
    const char *const *freed; /* the names of objects freed, drawn as ghosts */
    size_t nfreed;
//< 2 Picture_lists
} Picture;

/* Write the DOT graph of a picture.  References to objects outside it are
 * left out: the caller chooses the picture, and names its holders. */
void dump_picture(FILE *out, const Picture *picture);

/* Only objects[0..count) and the references among them. */
void dump_objects(FILE *out, Object *const *objects, size_t count);

#endif
