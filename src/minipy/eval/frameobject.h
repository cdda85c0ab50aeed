/* frameobject.h: frames and tracebacks as objects.  Chapter 2 (the runner).
 * CPython: Objects/frameobject.c and Python/traceback.c.
 *
 * A running function's frame is a C struct (interp.h), as CPython 3.11's
 * lives on its own stack; it becomes an object only when a traceback needs
 * it.  While the function runs, that object is untracked and reaches
 * nothing (its locals belong to the running frame, a root); when the
 * function returns, the object takes the locals over, links to its
 * caller's frame object and is tracked, as CPython's take_ownership does.
 * From then on a traceback keeps the locals alive: an exception stored in
 * a local of the frame it passed through is in a cycle, exception ->
 * traceback -> frame -> locals -> exception, which only the collector
 * frees. */
#ifndef MINIPY_FRAMEOBJECT_H
#define MINIPY_FRAMEOBJECT_H

#include "interp.h"

typedef struct FrameObject {
    Object ob;
    Frame *live;       /* the running frame, or NULL once it has returned */
    Scope *scope;      /* its function's, for its name and its locals' names */
    Object *function;  /* the function it ran, or NULL (a module or class body) */
    Object *back;      /* the caller's frame object, once this one has returned */
    Object **locals;   /* once returned: the slots it took over, scope->nslots */
    int line;          /* once returned: the line it was at */
} FrameObject;
extern Type FrameObjectType;

/* Borrowed: the running frame's object, made on first use. */
Object *frame_object_of(Frame *f);
/* The frame is returning: its object, if it has one, takes the slots over
 * (the frame's are left NULL). */
void frame_object_detach(Frame *f);
/* frame.f_lineno, f_back, f_locals, ...; NULL without an exception if the
 * name is not one. */
Object *frame_attribute(Object *frame, const char *name);

typedef struct Traceback {
    Object ob;
    Object *next;      /* the traceback of the frame it went into, or NULL */
    Object *frame;     /* a FrameObject */
    int line;
} Traceback;
extern Type TracebackType;

/* A new traceback entry for frame f at its current line, before `next`
 * (borrowed, may be NULL), as PyTraceBack_Here adds one. */
Object *traceback_new(Object *next, Frame *f);
Object *traceback_attribute(Object *tb, const char *name);
/* Print the entries of a traceback, outermost first, as CPython prints
 * them; a very long one is cut in the middle. */
void traceback_print(FILE *out, Object *tb, const char *filename, const char *source);

#endif
