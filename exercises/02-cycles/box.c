/* Chapter 2 exercise box.  Extend the runtime with a container type of your
 * own that the cycle collector can collect.  Graded by tests/exercises/
 * 02-cycles/test_box.c: run `make grade CH=2`; `make hint EX=box` gives a
 * hint at a time.
 *
 * A box holds one strong reference, its content: a cell, or a list of one
 * item.  Write:
 *
 *   Object *box_new(Object *content)
 *       A new box (a new reference, owned by the caller) holding a new
 *       reference to `content`, which is an object (not NULL).  The box is
 *       tracked by the collector (gc_track) once it is whole: after its
 *       content is stored, never before.
 *
 *   Object *box_get(Object *box)
 *       The content, a borrowed reference (NULL after clear).
 *
 *   void box_set(Object *box, Object *content)
 *       Makes the box hold a new reference to `content`, then releases the
 *       one it held (if any).  The release comes last, once the box holds
 *       the new content: it may free the old one, and freeing can run code
 *       that looks at the box.  box_set(b, b) makes a box that holds itself.
 *
 *   Given anything but a box, these three stop with the runtime's clear
 *   error, as list.c's functions do: fatal_misuse(op, "expected a box").
 *
 *   Type BoxType, named "box", with basic_size, flags TYPE_GC (a box can be
 *   part of a cycle), and:
 *
 *     traverse  calls visit(content, arg), unless the content is NULL, and
 *               returns what visit returned (0 if it did not call it).
 *     clear     drops the content and leaves it NULL, the box still valid:
 *               the collector calls it to break a cycle.  Detach the
 *               content before releasing it; a second clear releases
 *               nothing.
 *     dealloc   releases the content; it must work after clear.  (No need
 *               to untrack the box: object_dealloc does it first.)
 *
 * Then the collector can do its work: a box that holds itself, once
 * dropped, is found by gc_collect() and freed, and so is a cycle through a
 * box and a list; a box held from outside survives a collection, whole.
 * And a chain of a million boxes, each holding the next, is freed by one
 * decref of its head.
 *
 * Use only the public API of the runtime (runtime.h).  Do not edit src/. */
#include "runtime.h"

/* TODO: the box's layout: the header every object starts with, then the
 * reference. */
typedef struct Box {
    Object ob;
} Box;

Object *box_new(Object *content)
{
    /* TODO */
    (void)content;
    return NULL;
}

Object *box_get(Object *box)
{
    /* TODO */
    (void)box;
    return NULL;
}

void box_set(Object *box, Object *content)
{
    /* TODO */
    (void)box;
    (void)content;
}

static int box_traverse(Object *self, visitproc visit, void *arg)
{
    /* TODO */
    (void)self;
    (void)visit;
    (void)arg;
    return 0;
}

static void box_clear(Object *self)
{
    /* TODO */
    (void)self;
}

static void box_dealloc(Object *self)
{
    /* TODO */
    (void)self;
}

Type BoxType = {
    .name = "box",
    /* TODO: .basic_size and .flags */
    .dealloc = box_dealloc,
    .traverse = box_traverse,
    .clear = box_clear,
};
