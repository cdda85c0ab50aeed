/* generator.c: running generators: the resume record, yield and yield
 * from, and send, throw and close.  Chapter 5 (the runner).  CPython:
 * Objects/genobject.c (gen_send_ex2, gen_throw, gen_close) and the YIELD
 * and SEND instructions of Python/ceval.c.  How a generator is suspended
 * and resumed is described in generator.h; the object itself, its traverse,
 * clear and finalizer, are in objects/genobject.c. */
#include "generator.h"

#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "debug.h"
#include "exceptions.h"
#include "inherit.h"
#include "instance.h"
#include "iterobject.h"
#include "str.h"

/* --- the resume record --------------------------------------------------- */

ResumePoint resume_pop(Frame *f)
{
    Generator *g = f->generator;
    if (g->depth == 0)
        fatal_misuse(&g->ob.ob, "resume_pop: the generator's resume record is empty");
    return g->points[--g->depth];
}

ResumePoint *suspend_push(Frame *f, LegacyBlock block)
{
    Generator *g = f->generator;
    if (g->depth == g->capacity) {
        size_t capacity = g->capacity ? 2 * g->capacity : 4;
        ResumePoint *points = realloc(g->points, capacity * sizeof *points);
        if (points == NULL)
            fatal_out_of_memory("suspending a generator");
        g->points = points;
        g->capacity = capacity;
    }
    ResumePoint *p = &g->points[g->depth++];
    *p = (ResumePoint){.block = block};
    return p;
}

/* --- yield and yield from ------------------------------------------------ */

static bool error_is(const char *class_name)
{
    Object *exc = error_value();
    return exc != NULL && class_is_subclass(instance_class(exc), builtin_class(class_name));
}

/* What the resumed yield evaluates to: the value send() passed (None for
 * next()), or NULL with the exception throw() raises there. */
static Object *resumed_value(Generator *g)
{
    g->resuming = false;
    Object *thrown = g->thrown, *value = g->value;
    g->thrown = g->value = NULL;
    if (thrown != NULL) {
        xdecref(value);
        error_set_object(thrown);
        return NULL;
    }
    return value ? value : newref(None);
}

/* The statement's targets get the value (STOLEN), as an assignment's:
 * `x = y = yield v`; a bare `yield v` drops it. */
static Exec store_value(Frame *f, Node *n, Object *value)
{
    if (value == NULL)
        return EXEC_ERROR;
    if (n->kind == N_EXPR) {
        decref(value);
        return EXEC_NEXT;
    }
    size_t last = n->items.count - 1;
    for (size_t i = 0; i < last; i++)
        if (store_target(f, n->items.items[i], newref(value)) < 0) {
            decref(value);
            return EXEC_ERROR;
        }
    return store_target(f, n->items.items[last], value) < 0 ? EXEC_ERROR : EXEC_NEXT;
}

/* obj.name(arg), or NULL with *missing set if obj has no such attribute. */
static Object *call_method(Object *obj, const char *name, Object *arg, bool *missing)
{
    Object *attr_name = str_new(name);
    Object *method = get_attr(obj, attr_name);
    decref(attr_name);
    *missing = method == NULL && error_is("AttributeError");
    if (method == NULL) {
        if (*missing)
            error_clear();
        return NULL;
    }
    Object *result = call_object(method, arg ? (Object *[]){newref(arg)} : NULL, arg ? 1 : 0);
    decref(method);
    return result;
}

/* Close a delegate before GeneratorExit goes on in the delegating frame,
 * as CPython's gen_close_iter: 0, or -1 if closing it raised. */
static int close_delegate(Object *sub)
{
    bool missing;
    Object *done = sub->type == &GeneratorType ? gen_close(sub)
                                               : call_method(sub, "close", NULL, &missing);
    if (done == NULL && error_occurred())
        return -1;
    xdecref(done);
    return 0;
}

/* One step of `yield from`'s delegate: `sent` (borrowed) sent into it, or
 * `thrown` (borrowed) thrown into it.  As gen_send. */
static Object *delegate_step(Object *sub, Object *sent, Object *thrown, Object **returned)
{
    *returned = NULL;
    bool missing = false;
    Object *item;
    if (thrown != NULL && class_is_subclass(instance_class(thrown),
                                            builtin_class("GeneratorExit"))) {
        if (close_delegate(sub) == 0)
            error_set_object(newref(thrown));
        return NULL;
    }
    if (sub->type == &GeneratorType)
        return thrown ? gen_throw(sub, thrown, returned) : gen_send(sub, sent, returned);
    if (thrown != NULL) {
        item = call_method(sub, "throw", thrown, &missing);
        if (missing)
            error_set_object(newref(thrown));
    } else if (sent == None) {
        item = next_of(sub);
    } else {
        item = call_method(sub, "send", sent, &missing);
        if (missing)
            raise("AttributeError", "'%s' object has no attribute 'send'", type_name(sub));
    }
    if (item == NULL && !error_occurred())
        *returned = newref(None);
    if (item == NULL && error_is("StopIteration")) {
        *returned = stop_iteration_value(error_value());
        error_clear();
    }
    return item;
}

/* yield from iterable: each item the delegate yields is yielded from here,
 * what is sent or thrown goes to it, and its return value is this
 * statement's value. */
static Exec yield_from(Frame *f, Node *n)
{
    Generator *g = f->generator;
    Object *sub, *sent, *thrown = NULL;
    if (resuming(f)) {
        sub = resume_pop(f).object;
        g->resuming = false;
        thrown = g->thrown;
        sent = g->value ? g->value : newref(None);
        g->thrown = g->value = NULL;
    } else {
        Object *iterable = eval(f, n->a->a);
        if (iterable == NULL)
            return EXEC_ERROR;
        sub = iterable->type == &GeneratorType ? newref(iterable) : get_iter(iterable);
        decref(iterable);
        if (sub == NULL)
            return EXEC_ERROR;
        sent = newref(None);
    }
    Object *returned;
    Object *item = delegate_step(sub, sent, thrown, &returned);
    decref(sent);
    xdecref(thrown);
    if (item != NULL) {
        ResumePoint *p = suspend_push(f, BLOCK_NONE);
        p->part = PART_DELEGATE;
        p->object = sub;
        g->value = item;
        return EXEC_YIELD;
    }
    decref(sub);
    return store_value(f, n, returned);
}

Exec exec_yield(Frame *f, Node *n)
{
    if (n->a->kind == N_YIELD_FROM)
        return yield_from(f, n);
    if (resuming(f))
        return store_value(f, n, resumed_value(f->generator));
    Object *value = n->a->a ? eval(f, n->a->a) : newref(None);
    if (value == NULL)
        return EXEC_ERROR;
    f->generator->value = value;
    return EXEC_YIELD;
}

/* --- send, throw, close -------------------------------------------------- */

/* Drop what is left of the resume record: a generator cleared or finished
 * by an error before it got back down to its yield. */
void gen_release_points(Generator *g)
{
    while (g->depth > 0) {
        ResumePoint p = g->points[--g->depth];
        if (p.iter.seq != NULL)
            iter_end(&p.iter);
        xdecref(p.object);
        xdecref(p.retval);
        if (p.error != NULL)
            error_discard(p.error);
    }
}

/* The generator's frame is done: its object, if a traceback or gi_frame
 * made one, takes the locals over; the rest are released, and the
 * function, which only the frame needed (CPython 3.11 clears its frame's
 * f_func the same way). */
static void gen_finish(Generator *g)
{
    g->state = GEN_CLOSED;
    g->resuming = false;
    gen_release_points(g);
    frame_finish(&g->frame);
    g->frame.back = NULL;
    Object *function = g->function;
    g->function = g->frame.function = NULL;
    xdecref(function);
}

/* A StopIteration leaving a generator's frame would end the loop of
 * whoever iterates it, silently: it becomes a RuntimeError (PEP 479). */
static void replace_stop_iteration(void)
{
    if (!error_is("StopIteration"))
        return;
    Object *stop = newref(error_value());
    error_clear();
    raise("RuntimeError", "generator raised StopIteration");
    Object *exc = error_value();
    instance_setattr(exc, "__cause__", stop);
    instance_setattr(exc, "__context__", stop);
    instance_setattr(exc, "__suppress_context__", True);
    decref(stop);
}

/* Run the frame until it yields or ends: its result, EXEC_YIELD with
 * g->value set, or its end with the frame finished. */
static Exec gen_run(Generator *g)
{
    Frame *f = &g->frame;
    f->back = interp.frame;
    interp.frame = f;
    Exec done = EXEC_ERROR;
    if (g->state == GEN_CREATED && g->thrown != NULL) {
        error_set_object(g->thrown); /* thrown before its first statement */
        g->thrown = NULL;
    } else if (enter_recursive("")) {
        g->state = GEN_RUNNING;
        done = exec_block(f, &g->code->body);
        leave_recursive();
    }
    if (done == EXEC_YIELD) {
        interp.frame = f->back;
        f->back = NULL;
        return done;
    }
    if (done == EXEC_ERROR) {
        error_traceback_here(f);
        replace_stop_iteration();
    }
    gen_finish(g);
    return done;
}

/* gen_send_ex2: send `arg` (borrowed; NULL with exc) or throw `exc`
 * (borrowed) into the generator. */
static Object *gen_send_ex(Generator *g, Object *arg, Object *exc, Object **returned)
{
    *returned = NULL;
    if (g->state == GEN_RUNNING)
        return raise("ValueError", "generator already executing");
    if (g->state == GEN_CLOSED) {
        if (exc != NULL)
            error_set_object(newref(exc));
        else
            *returned = newref(None);
        return NULL;
    }
    if (g->state == GEN_CREATED && exc == NULL && arg != None)
        return raise("TypeError", "can't send non-None value to a just-started generator");
    g->resuming = g->state == GEN_SUSPENDED;
    g->value = g->resuming && arg != NULL ? newref(arg) : NULL;
    g->thrown = exc ? newref(exc) : NULL;
    incref(&g->ob.ob); /* its frame runs inside it */
    Exec done = gen_run(g);
    Object *result = NULL;
    if (done == EXEC_YIELD) {
        g->state = GEN_SUSPENDED;
        result = g->value;
        g->value = NULL;
    } else if (done == EXEC_RETURN) {
        *returned = g->frame.retval;
        g->frame.retval = NULL;
    } else if (done != EXEC_ERROR) {
        *returned = newref(None);
    }
    decref(&g->ob.ob);
    return result;
}

Object *gen_send(Object *gen, Object *arg, Object **returned)
{
    return gen_send_ex((Generator *)gen, arg, NULL, returned);
}

Object *gen_throw(Object *gen, Object *exc, Object **returned)
{
    return gen_send_ex((Generator *)gen, NULL, exc, returned);
}

Object *gen_iternext(Object *gen)
{
    Object *returned;
    Object *item = gen_send(gen, None, &returned);
    xdecref(returned);
    return item;
}

Object *gen_close(Object *gen)
{
    Generator *g = (Generator *)gen;
    if (g->state == GEN_CREATED) { /* nothing ran: nothing to unwind */
        gen_finish(g);
        return newref(None);
    }
    if (g->state == GEN_CLOSED)
        return newref(None);
    Object *exit = exception_new("GeneratorExit", NULL);
    Object *returned;
    Object *item = gen_throw(gen, exit, &returned);
    decref(exit);
    if (item != NULL) {
        decref(item);
        return raise("RuntimeError", "generator ignored GeneratorExit");
    }
    if (returned != NULL || error_is("GeneratorExit") || error_is("StopIteration")) {
        xdecref(returned);
        error_clear();
        return newref(None);
    }
    return NULL;
}
