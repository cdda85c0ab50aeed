/* exceptions.c: exceptions as objects; try, raise and with.  Chapter 2 (the
 * runner).  CPython: Objects/exceptions.c, Python/ceval.c. */
#include "exceptions.h"

#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "class.h"
#include "debug.h"
#include "error.h"
//> 5 exceptions_include_generator
#include "generator.h"
//< 5 exceptions_include_generator
#include "inherit.h"
#include "instance.h"
#include "minipy.h"
#include "ops.h"
#include "str.h"

/* --- the classes ---------------------------------------------------------- */

/* CPython 3.11's hierarchy, as far as the runner raises or a tutorial names
 * its classes: each with its base. */
static const struct {
    const char *name, *base;
} hierarchy[] = {
    {"BaseException", "object"},
    {"SystemExit", "BaseException"},
    {"KeyboardInterrupt", "BaseException"},
    {"GeneratorExit", "BaseException"},
    {"Exception", "BaseException"},
    {"ArithmeticError", "Exception"},
    {"ZeroDivisionError", "ArithmeticError"},
    {"OverflowError", "ArithmeticError"},
    {"AssertionError", "Exception"},
    {"AttributeError", "Exception"},
    {"ImportError", "Exception"},
    {"ModuleNotFoundError", "ImportError"},
    {"LookupError", "Exception"},
    {"IndexError", "LookupError"},
    {"KeyError", "LookupError"},
    {"MemoryError", "Exception"},
    {"NameError", "Exception"},
    {"OSError", "Exception"},
    {"ConnectionError", "OSError"},
    {"FileNotFoundError", "OSError"},
    {"PermissionError", "OSError"},
    {"TimeoutError", "OSError"},
    {"UnboundLocalError", "NameError"},
    {"ReferenceError", "Exception"},
    {"RuntimeError", "Exception"},
    {"NotImplementedError", "RuntimeError"},
    {"RecursionError", "RuntimeError"},
    {"StopIteration", "Exception"},
    {"SystemError", "Exception"},
    {"TypeError", "Exception"},
    {"ValueError", "Exception"},
};

/* BaseException.__init__(self, *args): args replaced by the call's. */
static Object *exception_init(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (!is_exception(args[0]))
        return raise("TypeError", "descriptor '__init__' requires a 'BaseException' object "
                     "but received a '%s'", type_name(args[0]));
    exception_set_args(args[0], args + 1, nargs - 1);
    return newref(None);
}

static const BuiltinDef exception_init_def = {"__init__", exception_init, 1, -1,
                                              ARGS_POSITIONAL};

Object *exception_class_new(const char *name)
{
    for (size_t i = 0; i < sizeof hierarchy / sizeof *hierarchy; i++) {
        if (strcmp(hierarchy[i].name, name) != 0)
            continue;
        Object *cls = builtin_class_new(name, builtin_class(hierarchy[i].base));
        if (i == 0) {
            Object *init = builtin_new(&exception_init_def, NULL);
            class_setattr(cls, "__init__", init);
            decref(init);
        }
        return cls;
    }
    return NULL;
}

bool is_exception_class(Object *op)
{
    return op->type == &ClassType && class_is_subclass(op, builtin_class("BaseException"));
}

bool is_exception(Object *op)
{
    return is_instance(op) && is_exception_class(instance_class(op));
}

Object *exception_new(const char *name, Object *arg)
{
    Object *exc = instance_new(builtin_class(name));
    exception_set_args(exc, &arg, arg ? 1 : 0);
    return exc;
}

void exception_set_args(Object *exc, Object **args, size_t nargs)
{
    for (size_t i = 0; i < nargs; i++)
        incref(args[i]);
    Object *tuple = tuple_from(args, nargs);
    instance_setattr(exc, "args", tuple);
    decref(tuple);
}

/* Borrowed: the exception's args, if it still has a tuple there. */
static Object *args_of(Object *exc)
{
    Object *args = instance_getattr(exc, "args");
    return args != NULL && args->type == &TupleType ? args : NULL;
}

Object *exception_text(Object *exc)
{
    if (special_method(exc, "__str__") != NULL)
        return str_of(exc);
    Object *args = args_of(exc);
    size_t count = args ? ((Tuple *)args)->ob.size : 0;
    if (count == 0)
        return str_new("");
    if (count > 1)
        return str_of(args);
    Object *only = ((Tuple *)args)->items[0];
    /* KeyError shows its key as the key is written */
    return class_is_subclass(instance_class(exc), builtin_class("KeyError")) ? repr_of(only)
                                                                              : str_of(only);
}

Object *exception_repr(Object *exc)
{
    Object *args = args_of(exc);
    size_t count = args ? ((Tuple *)args)->ob.size : 0;
    Object *inner = count == 1 ? repr_of(((Tuple *)args)->items[0])
                    : count == 0 ? str_new("()") : repr_of(args);
    if (inner == NULL)
        return NULL;
    const char *name = type_name(exc), *text = str_chars(inner);
    size_t length = strlen(name) + str_length(inner) + 2;
    char *chars = malloc(length + 1);
    if (chars == NULL)
        fatal_out_of_memory("the repr of an exception");
    /* a 1-tuple's repr would end in ",)" */
    snprintf(chars, length + 1, count == 1 ? "%s(%s)" : "%s%s", name, text);
    Object *result = str_new(chars);
    free(chars);
    decref(inner);
    return result;
}

/* --- the exceptions being handled ----------------------------------------- */

/* One per `except` clause or `__exit__` running, innermost first: what a
 * bare `raise` raises again, sys.exc_info() returns and a new exception
 * takes as its __context__ (CPython 3.11's exc_info stack). */
typedef struct Handled {
    SavedError *caught;
    struct Handled *outer;
} Handled;

static Handled *handled;

static Object *handled_value(void)
{
    return handled ? saved_error_value(handled->caught) : NULL;
}

/* Take the exception set, as an object, and make it the one handled. */
static void enter_handler(Handled *h)
{
    error_value();
    h->caught = error_fetch();
    h->outer = handled;
    handled = h;
}

static void leave_handler(Handled *h)
{
    handled = h->outer;
    error_discard(h->caught);
}

/* An exception raised while another is handled gets it as __context__,
 * unless it has one or is that one (CPython's _PyErr_SetObject). */
static void chain_context(Object *context)
{
    Object *exc = error_value();
    if (exc == NULL || context == NULL || exc == context ||
        instance_getattr(exc, "__context__") != NULL)
        return;
    instance_setattr(exc, "__context__", context);
}

/* --- try ------------------------------------------------------------------ */

/* Does the exception match an except clause's class, or one of a tuple's?
 * -1 with TypeError if the clause names something else. */
static int matches(Object *exc, Object *spec)
{
    if (spec->type == &TupleType) {
        for (size_t i = 0; i < ((Tuple *)spec)->ob.size; i++) {
            int found = matches(exc, ((Tuple *)spec)->items[i]);
            if (found != 0)
                return found;
        }
        return 0;
    }
    if (!is_exception_class(spec)) {
        raise("TypeError", "catching classes that do not inherit from BaseException is not "
                           "allowed");
        return -1;
    }
    return class_is_subclass(instance_class(exc), spec);
}

/* The index of the first clause that matches the exception, or the count
 * of clauses if none does (then *failed tells whether a clause's class
 * could not be evaluated). */
static size_t find_handler(Frame *f, Node *n, Object *exc, bool *failed)
{
    *failed = false;
    for (size_t i = 0; i < n->items.count; i++) {
        Node *clause = n->items.items[i];
        if (clause->a == NULL)
            return i;
        Object *spec = eval(f, clause->a);
        int found = spec ? matches(exc, spec) : -1;
        xdecref(spec);
        if (found != 0) {
            *failed = found < 0;
            return found > 0 ? i : n->items.count;
        }
    }
    return n->items.count;
}

/* `except E as name`: the name is bound to the exception, and deleted when
 * the clause ends however it ends, as CPython compiles it (`name = None;
 * del name`), so that the frame does not keep the exception alive. */
static Exec run_handler(Frame *f, Node *n, size_t index, Handled *h)
{
    Node *clause = n->items.items[index];
/*< 5 bind_handler_name
    if (clause->b != NULL)
        bind_name(f, clause->b, saved_error_value(h->caught));
*/
//> 5 bind_handler_name_once
    if (clause->b != NULL && !resuming(f))
        bind_name(f, clause->b, saved_error_value(h->caught));
//< 5 bind_handler_name_once
    Exec result = exec_block(f, &clause->body);
//> 5 suspend_handler
    if (result == EXEC_YIELD) { /* the generator keeps the exception; its caller's is back */
        ResumePoint *p = suspend_push(f, BLOCK_HANDLER);
        p->part = PART_HANDLER;
        p->index = index;
        p->error = h->caught;
        handled = h->outer;
        return result;
    }
//< 5 suspend_handler
    if (clause->b != NULL)
        unbind_name(f, clause->b);
    return result;
}

/* The handler is done: an exception it raised gets the one it handled as
 * __context__. */
static Exec leave_handling(Handled *h, Exec result)
{
//> 5 leave_handling_suspended
    if (result == EXEC_YIELD)
        return result;
//< 5 leave_handling_suspended
    if (result == EXEC_ERROR)
        chain_context(saved_error_value(h->caught));
    leave_handler(h);
    return result;
}

static Exec handle(Frame *f, Node *n)
{
    Handled h;
    error_traceback_here(f);
    enter_handler(&h);
    Object *exc = handled_value();
    bool failed;
    size_t index = find_handler(f, n, exc, &failed);
    Exec result = EXEC_ERROR;
    if (index < n->items.count)
        result = run_handler(f, n, index, &h);
    else if (!failed)
        error_restore(error_copy(h.caught));
    return leave_handling(&h, result);
}

/* finally: its block runs however the try ended; what was under way (an
 * exception, a return value) goes on after it, unless the block ends in a
 * way of its own (return, break, an exception), which wins. */
static Exec finish_finally(Frame *f, Node *block, Exec pending, SavedError *error,
                           Object *retval)
{
    Exec result = exec_block(f, &block->body);
//> 5 suspend_finally
    if (result == EXEC_YIELD) {
        ResumePoint *p = suspend_push(f, pending == EXEC_ERROR ? BLOCK_HANDLER : BLOCK_NONE);
        p->part = PART_FINALLY;
        p->pending = pending;
        p->error = error;
        p->retval = retval;
        return result;
    }
//< 5 suspend_finally
    if (result == EXEC_NEXT) {
        if (error != NULL)
            error_restore(error);
        f->retval = retval;
        return pending;
    }
    if (result == EXEC_ERROR && error != NULL)
        chain_context(saved_error_value(error));
    if (error != NULL)
        error_discard(error);
    xdecref(retval);
    return result;
}

static Exec run_finally(Frame *f, Node *block, Exec pending)
{
    if (pending == EXEC_ERROR) {
        error_traceback_here(f);
        error_value();
    }
    SavedError *error = pending == EXEC_ERROR ? error_fetch() : NULL;
    Object *retval = pending == EXEC_RETURN ? f->retval : NULL;
    f->retval = NULL;
    return finish_finally(f, block, pending, error, retval);
}

static Exec try_finally(Frame *f, Node *n, Exec result)
{
//> 5 try_suspended
    if (result == EXEC_YIELD)
        return result;
//< 5 try_suspended
    return n->a != NULL ? run_finally(f, n->a, result) : result;
}

//> 5 suspend_try
/* A generator suspended in a try's body or else: what CPython 3.3's block
 * stack had there, for the legacy collector. */
static Exec suspend_try(Frame *f, Node *n, int part)
{
    LegacyBlock block = part == PART_BODY && n->items.count > 0 ? BLOCK_EXCEPT
                        : n->a != NULL                          ? BLOCK_FINALLY
                                                                : BLOCK_NONE;
    suspend_push(f, block)->part = part;
    return EXEC_YIELD;
}
//< 5 suspend_try

static Exec try_orelse(Frame *f, Node *n)
{
    Exec result = exec_block(f, &n->orelse);
//> 5 suspend_try_orelse
    if (result == EXEC_YIELD)
        return suspend_try(f, n, PART_ORELSE);
//< 5 suspend_try_orelse
    return result;
}

/* The try's body, then the except clause that matches or its else. */
static Exec try_body(Frame *f, Node *n)
{
    Exec result = exec_block(f, &n->body);
//> 5 suspend_try_body
    if (result == EXEC_YIELD)
        return suspend_try(f, n, PART_BODY);
//< 5 suspend_try_body
    if (result == EXEC_ERROR && n->items.count > 0)
        return handle(f, n);
    if (result == EXEC_NEXT)
        return try_orelse(f, n);
    return result;
}

//> 5 resume_try
/* A generator resumed inside the try: in its body or else, in an except
 * clause handling again the exception it handled, or in its finally with
 * what it had to pass on. */
static Exec resume_try(Frame *f, Node *n)
{
    ResumePoint at = resume_pop(f);
    if (at.part == PART_FINALLY)
        return finish_finally(f, n->a, at.pending, at.error, at.retval);
    Exec result;
    if (at.part == PART_HANDLER) {
        Handled h = {.caught = at.error, .outer = handled};
        handled = &h;
        result = leave_handling(&h, run_handler(f, n, at.index, &h));
    } else {
        result = at.part == PART_ORELSE ? try_orelse(f, n) : try_body(f, n);
    }
    return try_finally(f, n, result);
}
//< 5 resume_try

Exec exec_try(Frame *f, Node *n)
{
//> 5 exec_try_resumed
    if (resuming(f))
        return resume_try(f, n);
//< 5 exec_try_resumed
    return try_finally(f, n, try_body(f, n));
}

/* --- raise ---------------------------------------------------------------- */

/* What `raise X` raises: X if an exception, X() if an exception class. */
static Object *to_exception(Object *value, const char *refusal)
{
    if (is_exception(value))
        return newref(value);
    if (is_exception_class(value))  /* calling a class makes an instance of it */
        return call_object(value, NULL, 0);
    return raise("TypeError", "%s", refusal);
}

int exec_raise(Frame *f, Node *n)
{
    if (n->a == NULL) {
        if (handled == NULL) {
            raise("RuntimeError", "No active exception to reraise");
            return -1;
        }
        error_restore(error_copy(handled->caught));
        return -1;
    }
    Object *value = eval(f, n->a);
    Object *exc = value ? to_exception(value, "exceptions must derive from BaseException") : NULL;
    xdecref(value);
    if (exc != NULL && n->b != NULL) {
        Object *cause_value = eval(f, n->b);
        Object *cause = cause_value == NULL ? NULL : cause_value == None ? newref(None)
                        : to_exception(cause_value, "exception causes must derive from "
                                                    "BaseException");
        xdecref(cause_value);
        if (cause == NULL) {
            decref(exc);
            return -1;
        }
        instance_setattr(exc, "__cause__", cause);
        instance_setattr(exc, "__suppress_context__", True);
        decref(cause);
    }
    if (exc == NULL)
        return -1;
    error_set_object(exc);
    chain_context(handled_value());
    return -1;
}

/* --- with ----------------------------------------------------------------- */

/* The context manager's method `name`, bound, with CPython 3.11.7's
 * message if it has none. */
static Object *manager_method(Object *manager, const char *name, const char *missing)
{
    Object *found = special_method(manager, name);
    if (found == NULL)
        return raise("TypeError", "'%s' object does not support the context manager protocol%s",
                     type_name(manager), missing);
    return method_new(found, manager);
}

/* __exit__(type, value, traceback) after an exception; a true result
 * swallows it. */
static Exec exit_with_exception(Frame *f, Object *exit)
{
    Handled h;
    error_traceback_here(f);
    enter_handler(&h);
    Object *exc = handled_value();
    Object *tb = instance_getattr(exc, "__traceback__");
    Object *args[] = {newref(instance_class(exc)), newref(exc), newref(tb ? tb : None)};
    Object *result = call_object(exit, args, 3);
    int swallowed = result ? is_true(result) : -1;
    xdecref(result);
    if (swallowed == 0)
        error_restore(error_copy(h.caught));
    if (swallowed < 0)
        chain_context(exc);
    leave_handler(&h);
    return swallowed > 0 ? EXEC_NEXT : EXEC_ERROR;
}

/* The with's manager entered and its body run: the body's result, with
 * *exit its __exit__; or EXEC_ERROR with *exit NULL if it could not be
 * entered. */
static Exec with_body(Frame *f, Node *n, Object **exit)
{
    *exit = NULL;
//> 5 resume_with
    if (resuming(f)) { /* back in its body */
        *exit = resume_pop(f).object;
        return exec_block(f, &n->body);
    }
//< 5 resume_with
    Object *manager = eval(f, n->a);
    if (manager == NULL)
        return EXEC_ERROR;
    Object *enter = manager_method(manager, "__enter__", "");
    *exit = enter ? manager_method(manager, "__exit__", " (missed __exit__ method)") : NULL;
    decref(manager);
    Object *value = *exit ? call_object(enter, NULL, 0) : NULL;
    xdecref(enter);
    if (value == NULL) {
        xdecref(*exit);
        *exit = NULL;
        return EXEC_ERROR;
    }
    /* the target is stored inside the block __exit__ guards, as CPython
     * 3.11 compiles it: an error unpacking it goes to __exit__ too */
    int stored = 0;
    if (n->b != NULL)
        stored = store_target(f, n->b, value);
    else
        decref(value);
    return stored < 0 ? EXEC_ERROR : exec_block(f, &n->body);
}

Exec exec_with(Frame *f, Node *n)
{
    Object *exit;
    Exec result = with_body(f, n, &exit);
    if (exit == NULL)
        return EXEC_ERROR;
//> 5 suspend_with
    if (result == EXEC_YIELD) {
        suspend_push(f, BLOCK_WITH)->object = exit;
        return result;
    }
//< 5 suspend_with
    if (result == EXEC_ERROR) {
        result = exit_with_exception(f, exit);
    } else {
        Object *args[] = {newref(None), newref(None), newref(None)};
        Object *done = call_object(exit, args, 3);
        if (done == NULL && result == EXEC_RETURN) {
            decref(f->retval);
            f->retval = NULL;
        }
        result = done ? result : EXEC_ERROR;
        xdecref(done);
    }
    decref(exit);
    return result;
}

/* --- sys.exc_info --------------------------------------------------------- */

Object *sys_exc_info(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    Object *exc = handled_value();
    Object *tb = exc ? instance_getattr(exc, "__traceback__") : NULL;
    Object *items[] = {newref(exc ? instance_class(exc) : None), newref(exc ? exc : None),
                       newref(tb ? tb : None)};
    return tuple_from(items, 3);
}
