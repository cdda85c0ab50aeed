/* Chapter 2 exercise box.  A reference solution; the specification is in
 * exercises/02-cycles/box.c. */
#include "runtime.h"

typedef struct Box {
    Object ob;
    Object *content; /* strong; NULL after clear */
} Box;

extern Type BoxType; /* defined at the end, after its functions */

static Box *as_box(const Object *op)
{
    if (op->type != &BoxType)
        fatal_misuse(op, "expected a box");
    return (Box *)op;
}

Object *box_new(Object *content)
{
    Object *op = object_new(&BoxType, 0);
    ((Box *)op)->content = newref(content);
    /* Whole now: a collection may traverse it from here on. */
    gc_track(op);
    return op;
}

Object *box_get(Object *box)
{
    return as_box(box)->content;
}

/* Stores the new content (or NULL) before releasing the old: code run by
 * the release sees the box as it is now. */
static void box_replace(Box *b, Object *content)
{
    Object *old = b->content;
    b->content = content;
    xdecref(old);
}

void box_set(Object *box, Object *content)
{
    Box *b = as_box(box);
    box_replace(b, newref(content));
}

static int box_traverse(Object *self, visitproc visit, void *arg)
{
    Object *content = as_box(self)->content;
    return content ? visit(content, arg) : 0;
}

/* Also the dealloc: it releases the content, if clear has not. */
static void box_clear(Object *self)
{
    box_replace(as_box(self), NULL);
}

Type BoxType = {
    .name = "box",
    .basic_size = sizeof(Box),
    .flags = TYPE_GC,
    .dealloc = box_clear,
    .traverse = box_traverse,
    .clear = box_clear,
};
