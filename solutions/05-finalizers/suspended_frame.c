/* Chapter 5 exercise suspended_frame.  Make the frame of a suspended
 * computation (what a generator keeps between two of its yields)
 * traversable, so that the collector can see through it.  Graded by
 * tests/exercises/05-finalizers/test_suspended_frame.c: run
 * `make grade CH=5`; `make hint EX=suspended_frame` gives a hint at a time.
 *
 * A suspended frame keeps what the computation needs to go on, in one
 * array, `localsplus`, as CPython 3.11's frames do: first `nlocals` local
 * variables (NULL where a variable is unbound), then a stack of values
 * (the iterators of the `for` loops the computation is inside, say),
 * which grows up from `nlocals`.  `stacktop` is where the stack ends: the
 * frame owns one reference to each non-NULL entry below it.  An entry at
 * or above `stacktop` is stale: frame_pop handed its reference to its
 * caller and left the pointer behind (CPython's stack pointer moves the
 * same way), so it may point at an object that another part of the
 * program owns, or at one already freed.  The frame may also hold the
 * exception that a `finally` block will raise again once it ends,
 * `pending`, or NULL.
 *
 * Everything is given but the two functions the collector calls.  Write:
 *
 *   int suspended_frame_traverse(Object *self, visitproc visit, void *arg)
 *       Calls visit(op, arg) on every reference the frame owns, and on
 *       nothing else: each bound local, each entry of the stack below
 *       stacktop, the pending exception if there is one, in any order.  A
 *       nonzero result of visit stops the walk at once and is returned;
 *       otherwise it returns 0.
 *
 *   void suspended_frame_clear(Object *self)
 *       Drops every reference the frame owns, leaving it valid and empty:
 *       every local unbound, the stack empty (stacktop == nlocals), no
 *       pending exception.  Releasing a reference may free an object and
 *       run its code, which may look at the frame (traverse it, say): so
 *       detach each reference from the frame before releasing it, and the
 *       frame never shows one it no longer owns.  A second clear releases
 *       nothing.  It is also the frame's dealloc.
 *
 * Then the collector finds the cycles that go through a frame, whichever
 * slot they pass through, and frees what only such cycles hold, while an
 * object that a stale entry points at is left to whoever owns it.
 *
 * Use only the public API of the runtime (runtime.h).  Do not edit src/,
 * nor the given part of this file: the tests call it. */
#include "runtime.h"

/* ---- Given: the frame and its operations. ---- */

typedef struct SuspendedFrame {
    VarObject ob;       /* ob.size: the entries of localsplus */
    size_t nlocals;     /* the first nlocals entries are the locals */
    size_t stacktop;    /* entries [nlocals, stacktop) are the stack */
    Object *pending;    /* an exception a finally raises again, or NULL */
    Object *localsplus[];
} SuspendedFrame;

extern Type SuspendedFrameType;

static SuspendedFrame *as_frame(Object *op)
{
    if (op == NULL || op->type != &SuspendedFrameType)
        fatal_misuse(op, "expected a suspended frame");
    return (SuspendedFrame *)op;
}

/* A new frame (a new reference), tracked, with nlocals unbound locals and
 * room for stacksize entries on its stack. */
Object *suspended_frame_new(size_t nlocals, size_t stacksize)
{
    Object *op = object_new(&SuspendedFrameType, nlocals + stacksize);
    SuspendedFrame *f = (SuspendedFrame *)op;
    f->nlocals = nlocals;
    f->stacktop = nlocals;
    gc_track(op);
    return op;
}

/* Binds local i to value (borrowed), or unbinds it if value is NULL. */
void frame_set_local(Object *frame, size_t i, Object *value)
{
    SuspendedFrame *f = as_frame(frame);
    if (i >= f->nlocals)
        fatal_misuse(frame, "a local the frame does not have");
    Object *old = f->localsplus[i];
    f->localsplus[i] = value ? newref(value) : NULL;
    xdecref(old);
}

/* Pushes a new reference to value onto the stack. */
void frame_push(Object *frame, Object *value)
{
    SuspendedFrame *f = as_frame(frame);
    if (f->stacktop == f->ob.size)
        fatal_misuse(frame, "a push onto a full stack");
    f->localsplus[f->stacktop++] = newref(value);
}

/* Pops the top of the stack: the frame's reference goes to the caller (a
 * new reference), and the entry is left stale. */
Object *frame_pop(Object *frame)
{
    SuspendedFrame *f = as_frame(frame);
    if (f->stacktop == f->nlocals)
        fatal_misuse(frame, "a pop from an empty stack");
    return f->localsplus[--f->stacktop];
}

/* Makes exception (borrowed; NULL: none) the pending exception. */
void frame_set_pending(Object *frame, Object *exception)
{
    SuspendedFrame *f = as_frame(frame);
    Object *old = f->pending;
    f->pending = exception ? newref(exception) : NULL;
    xdecref(old);
}

/* Borrowed: local i (NULL if unbound), and the pending exception. */
Object *frame_local(Object *frame, size_t i)
{
    SuspendedFrame *f = as_frame(frame);
    return i < f->nlocals ? f->localsplus[i] : NULL;
}

Object *frame_pending(Object *frame)
{
    return as_frame(frame)->pending;
}

size_t frame_stack_depth(Object *frame)
{
    SuspendedFrame *f = as_frame(frame);
    return f->stacktop - f->nlocals;
}

/* ---- Yours: what the collector calls. ---- */

static int suspended_frame_traverse(Object *self, visitproc visit, void *arg)
{
    SuspendedFrame *f = as_frame(self);
    for (size_t i = 0; i < f->stacktop; i++) {
        Object *op = f->localsplus[i];
        int stop = op ? visit(op, arg) : 0;
        if (stop != 0)
            return stop;
    }
    return f->pending ? visit(f->pending, arg) : 0;
}

/* The stack is emptied from its top, so that at every moment the entries
 * below stacktop are the frame's; each local and the pending exception are
 * set to NULL before they are released. */
static void suspended_frame_clear(Object *self)
{
    SuspendedFrame *f = as_frame(self);
    while (f->stacktop > f->nlocals) {
        Object *top = frame_pop(self);
        f->localsplus[f->stacktop] = NULL;
        decref(top);
    }
    for (size_t i = 0; i < f->nlocals; i++)
        frame_set_local(self, i, NULL);
    frame_set_pending(self, NULL);
}

/* ---- Given: the type. ---- */

Type SuspendedFrameType = {
    .name = "suspended frame",
    .basic_size = sizeof(SuspendedFrame),
    .item_size = sizeof(Object *),
    .flags = TYPE_GC,
    .dealloc = suspended_frame_clear,
    .traverse = suspended_frame_traverse,
    .clear = suspended_frame_clear,
};
