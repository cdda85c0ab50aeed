/* frameobject.c: frames as objects.  Chapter 2 (the runner).  CPython:
 * Objects/frameobject.c (take_ownership, frame_traverse). */
#include "frameobject.h"

#include <stdlib.h>
#include <string.h>

#include "codeobject.h"
#include "debug.h"
#include "dict.h"
#include "gc.h"
#include "int.h"
#include "minipy.h"
#include "scope.h"

Object *frame_object_of(Frame *f)
{
    if (f->frame_object != NULL)
        return f->frame_object;
    Object *op = object_new(&FrameObjectType, 0);
    /* The allocation may have run a collection whose callback raised in a
     * frame called from f, and so made f's frame object as that frame's
     * f_back: f keeps that one, and this one goes. */
    if (f->frame_object != NULL) {
        decref(op);
        return f->frame_object;
    }
    FrameObject *fo = (FrameObject *)op;
    fo->live = f;
    fo->scope = f->scope;
    /* untracked until it owns the locals, and the function they came from:
     * a running frame's are the running call's (or, from chapter 5, a
     * suspended generator's, which the collector sees through it) */
    f->frame_object = op;
    return op;
}

void frame_object_detach(Frame *f)
{
    FrameObject *fo = (FrameObject *)f->frame_object;
    if (fo == NULL)
        return;
    int nslots = f->scope->nslots;
    fo->locals = calloc((size_t)nslots + 1, sizeof *fo->locals);
    if (fo->locals == NULL)
        fatal_out_of_memory("keeping a frame's locals");
    for (int i = 0; i < nslots; i++) {
        fo->locals[i] = f->slots[i];
        f->slots[i] = NULL;
    }
    fo->line = f->line;
    fo->live = NULL;
    fo->function = f->function ? newref(f->function) : NULL;
    if (f->back != NULL)
        fo->back = newref(frame_object_of(f->back));
    f->frame_object = NULL;
    gc_track(&fo->ob);
    decref(&fo->ob);  /* the frame's reference */
}

static int frame_line(const FrameObject *fo)
{
    return fo->live ? fo->live->line : fo->line;
}

/* f_locals: a new dict of the bound locals, cells read through. */
static Object *frame_locals(FrameObject *fo)
{
    Object *dict = dict_new();
    Object **slots = fo->live ? fo->live->slots : fo->locals;
    for (int i = 0; slots != NULL && i < fo->scope->nslots; i++) {
        Object *value = slots[i];
        if (value != NULL && fo->scope->slot_is_cell[i])
            value = ((Cell *)value)->contents;
        if (value != NULL)
            dict_setitem(dict, fo->scope->slot_names[i], value);
    }
    return dict;
}

Object *frame_attribute(Object *frame, const char *name)
{
    FrameObject *fo = (FrameObject *)frame;
    if (strcmp(name, "f_lineno") == 0)
        return int_new(frame_line(fo));
    if (strcmp(name, "f_back") == 0) {
        Object *back = fo->live ? (fo->live->back ? frame_object_of(fo->live->back) : NULL)
                                : fo->back;
        return newref(back ? back : None);
    }
    if (strcmp(name, "f_locals") == 0)
        return frame_locals(fo);
    if (strcmp(name, "f_code") == 0)
        return code_new(fo->scope);
    return NULL;
}

/* A returned frame reaches its caller's frame, its function and its
 * locals, in the order of CPython 3.11's frame_traverse (which also visits
 * the code object we do not have); a running one reaches nothing. */
static int frame_traverse(Object *self, visitproc visit, void *arg)
{
    FrameObject *fo = (FrameObject *)self;
    if (fo->live != NULL)
        return 0;
    int stop = 0;
    if (fo->back != NULL && (stop = visit(fo->back, arg)) != 0)
        return stop;
    if (fo->function != NULL && (stop = visit(fo->function, arg)) != 0)
        return stop;
    for (int i = 0; fo->locals != NULL && i < fo->scope->nslots; i++)
        if (fo->locals[i] != NULL && (stop = visit(fo->locals[i], arg)) != 0)
            return stop;
    return 0;
}

/* The locals go in slot order, as a frame's do when it returns. */
static void frame_clear(Object *self)
{
    FrameObject *fo = (FrameObject *)self;
    Object *back = fo->back, *function = fo->function;
    fo->back = fo->function = NULL;
    for (int i = 0; fo->locals != NULL && i < fo->scope->nslots; i++) {
        Object *value = fo->locals[i];
        fo->locals[i] = NULL;
        xdecref(value);
    }
    xdecref(back);
    xdecref(function);
}

static void frame_dealloc(Object *self)
{
    /* a running frame holds its object: only a returned one dies */
    frame_clear(self);
    free(((FrameObject *)self)->locals);
}

Type FrameObjectType = {
    .name = "frame",
    .basic_size = sizeof(FrameObject),
    .flags = TYPE_GC,
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_clear,
};
