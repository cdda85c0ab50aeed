/* genobject.c: generators as objects: made by calling a generator function
 * or evaluating a generator expression, seen by the collector, closed by
 * their finalizer.  Chapter 5 (the runner).  CPython: Objects/genobject.c
 * (gen_traverse, _PyGen_Finalize, gen_getframe) and, for the legacy
 * collector, CPython 3.3's PyGen_NeedsFinalizing. */
#include "generator.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "call.h"
#include "debug.h"
#include "exceptions.h"
#include "frameobject.h"
#include "gc.h"
#include "inherit.h"
#include "instance.h"
#include "iterobject.h"
#include "str.h"
#include "weakref.h"

/* --- making one ---------------------------------------------------------- */

Object *gen_new(Object *function, Node *code, Object *globals, Object **slots)
{
    int nslots = code->scope->nslots;
    Generator *g = (Generator *)object_new(&GeneratorType, (size_t)nslots);
    g->code = code;
    g->function = newref(function);
    g->name = newref(code->scope->name);
    g->qualname = newref(((Function *)function)->qualname);
    g->frame = (Frame){.scope = code->scope, .globals = globals, .function = function,
                       .slots = g->slots, .line = code->line, .generator = g};
    memcpy(g->slots, slots, (size_t)nslots * sizeof *slots);
    gc_track(&g->ob.ob);
    return &g->ob.ob;
}

/* --- what the collector sees --------------------------------------------- */

static int visit_point(const ResumePoint *p, visitproc visit, void *arg)
{
    Object *held[] = {p->iter.seq, p->object, p->retval};
    for (size_t i = 0; i < sizeof held / sizeof *held; i++) {
        int stop = held[i] ? visit(held[i], arg) : 0;
        if (stop)
            return stop;
    }
    return p->error ? saved_error_traverse(p->error, visit, arg) : 0;
}

/* The frame's locals and its resume record, as CPython 3.11's gen_traverse
 * visits its frame's locals and value stack (where a loop's iterator is). */
static int gen_traverse(Object *self, visitproc visit, void *arg)
{
    Generator *g = (Generator *)self;
    Object *held[] = {g->function, g->name, g->qualname, g->frame.frame_object,
                      g->value, g->thrown};
    for (size_t i = 0; i < sizeof held / sizeof *held; i++) {
        int stop = held[i] ? visit(held[i], arg) : 0;
        if (stop)
            return stop;
    }
    for (size_t i = 0; i < g->ob.size; i++) {
        int stop = g->slots[i] ? visit(g->slots[i], arg) : 0;
        if (stop)
            return stop;
    }
    for (size_t i = 0; i < g->depth; i++) {
        int stop = visit_point(&g->points[i], visit, arg);
        if (stop)
            return stop;
    }
    return 0;
}

/* Break the generator's references without running any of its code: a
 * cleared generator is finished, never closed. */
static void gen_clear(Object *self)
{
    Generator *g = (Generator *)self;
    g->state = GEN_CLOSED;
    g->resuming = false;
    gen_release_points(g);
    for (size_t i = 0; i < g->ob.size; i++) {
        Object *value = g->slots[i];
        g->slots[i] = NULL;
        xdecref(value);
    }
    frame_object_detach(&g->frame);
    Object *held[] = {g->function, g->value, g->thrown};
    g->function = g->value = g->thrown = NULL;
    g->frame.function = NULL;
    for (size_t i = 0; i < sizeof held / sizeof *held; i++)
        xdecref(held[i]);
}

static void gen_dealloc(Object *self)
{
    Generator *g = (Generator *)self;
    gen_clear(self);
    free(g->points);
    decref(g->name);
    decref(g->qualname);
}

/* _PyGen_Finalize: a generator dying suspended is closed, so that its
 * finally blocks run; what close raises is reported, as nobody can catch
 * it. */
static void gen_finalize(Object *self)
{
    Generator *g = (Generator *)self;
    clear_weakrefs(self); /* first, as CPython's gen_dealloc does */
    if (g->state == GEN_CLOSED || !code_may_run())
        return;
    SavedError *pending = error_fetch();
    Object *done = gen_close(self);
    if (done == NULL)
        report_unraisable(self);
    xdecref(done);
    error_restore(pending);
}

/* What CPython 3.3's frame would have on its block stack, outermost first. */
static GenView gen_view(const Generator *g, LegacyBlock *blocks)
{
    GenView view = {.phase = g->state == GEN_CREATED   ? GEN_PHASE_CREATED
                             : g->state == GEN_SUSPENDED ? GEN_PHASE_SUSPENDED
                             : g->state == GEN_RUNNING   ? GEN_PHASE_RUNNING
                                                         : GEN_PHASE_FINISHED,
                    .nblocks = g->depth, .blocks = blocks};
    for (size_t i = 0; i < g->depth; i++)
        blocks[i] = g->points[g->depth - 1 - i].block;
    return view;
}

bool gen_needs_legacy_finalizing(Object *gen)
{
    Generator *g = (Generator *)gen;
    LegacyBlock *blocks = calloc(g->depth + 1, sizeof *blocks);
    if (blocks == NULL)
        fatal_out_of_memory("looking at a generator's blocks");
    GenView view = gen_view(g, blocks);
    bool needs = gen_view_needs_finalizing(&view);
    free(blocks);
    return needs;
}

Type GeneratorType = {
    .name = "generator",
    .basic_size = sizeof(Generator),
    .item_size = sizeof(Object *),
    .flags = TYPE_GC | TYPE_WEAKREFABLE,
    .weaklist_offset = offsetof(Generator, weaklist),
    .dealloc = gen_dealloc,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .has_legacy_finalizer = gen_needs_legacy_finalizing,
};

/* --- what a program sees ------------------------------------------------- */

/* The delegate of the yield from it is suspended in, if it is (the
 * innermost point of its record). */
static Object *gen_yieldfrom(const Generator *g)
{
    bool in_yield_from = g->state == GEN_SUSPENDED && g->depth > 0 &&
                         g->points[0].part == PART_DELEGATE;
    return in_yield_from ? g->points[0].object : None;
}

Object *gen_attribute(Object *gen, const char *name)
{
    Generator *g = (Generator *)gen;
    if (strcmp(name, "gi_frame") == 0)
        return newref(g->state == GEN_CLOSED ? None : frame_object_of(&g->frame));
    if (strcmp(name, "gi_running") == 0)
        return bool_from(g->state == GEN_RUNNING);
    if (strcmp(name, "gi_suspended") == 0)
        return bool_from(g->state == GEN_SUSPENDED);
    if (strcmp(name, "gi_yieldfrom") == 0)
        return newref(gen_yieldfrom(g));
    if (strcmp(name, "__name__") == 0)
        return newref(g->name);
    if (strcmp(name, "__qualname__") == 0)
        return newref(g->qualname);
    return NULL;
}

Object *gen_repr(Object *gen)
{
    Buf b = {0};
    buf_printf(&b, "<generator object %s at %p>", str_chars(((Generator *)gen)->qualname),
               (void *)gen);
    return buf_finish(&b);
}

Object *stop_iteration_value(Object *exc)
{
    Object *args = instance_getattr(exc, "args");
    bool given = args != NULL && args->type == &TupleType && ((Tuple *)args)->ob.size > 0;
    return newref(given ? ((Tuple *)args)->items[0] : None);
}

Object *gen_stop_iteration(Object *returned)
{
    if (returned == NULL)
        return NULL;
    error_set_object(exception_new("StopIteration", returned == None ? NULL : returned));
    decref(returned);
    return NULL;
}

/* send(value), throw(exc) and close(), as methods. */
static Object *gen_send_method(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    Object *returned;
    Object *item = gen_send(self, args[0], &returned);
    return item ? item : gen_stop_iteration(returned);
}

/* throw(type), throw(type, value) or throw(instance), as CPython 3.11's
 * (its third argument, a traceback, is outside the subset). */
static Object *exception_to_throw(Object **args, size_t nargs)
{
    Object *value = nargs > 1 && args[1] != None ? args[1] : NULL;
    if (nargs > 2 && args[2] != None)
        return raise("NotImplementedError", "minipy's throw() takes no traceback");
    if (is_exception_class(args[0])) {
        if (value != NULL && is_exception(value))
            return newref(value);
        return call_object(args[0], value ? (Object *[]){newref(value)} : NULL, value ? 1 : 0);
    }
    if (!is_exception(args[0]))
        return raise("TypeError", "exceptions must be classes or instances deriving from "
                                  "BaseException, not %s", type_name(args[0]));
    if (value != NULL)
        return raise("TypeError", "instance exception may not have a separate value");
    return newref(args[0]);
}

static Object *gen_throw_method(Object *self, Object **args, size_t nargs)
{
    Object *exc = exception_to_throw(args, nargs);
    if (exc == NULL)
        return NULL;
    Object *returned;
    Object *item = gen_throw(self, exc, &returned);
    decref(exc);
    return item ? item : gen_stop_iteration(returned);
}

static Object *gen_close_method(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return gen_close(self);
}

const BuiltinDef gen_methods[] = {
    {"send", gen_send_method, 1, 1, ARGS_ONE},
    {"throw", gen_throw_method, 1, 3, ARGS_POSITIONAL},
    {"close", gen_close_method, 0, 0, ARGS_NONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};
