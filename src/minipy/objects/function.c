/* function.c: functions, cells and bound methods.  Chapter 2 (the runner).
 * CPython: Objects/funcobject.c, Objects/cellobject.c, Objects/classobject.c.
 *
 * These are the objects through which a program's own code makes cycles a
 * reader does not see: a function refers to its module's globals, which
 * refer to the function; a closure's cell can refer to the function that
 * reads it. */
#include "minipy.h"

#include "gc.h"
#include "table.h"

Object *function_new(Node *code, Object *globals, Object *closure, Object *qualname)
{
    Object *op = object_new(&FunctionType, 0);
    Function *f = (Function *)op;
    f->code = code;
    f->globals = newref(globals);
    f->closure = closure ? newref(closure) : NULL;
    f->qualname = newref(qualname);
    gc_track(op);
    return op;
}

/* After clear a function has no globals, closure, dict or defaults. */
static int function_traverse(Object *self, visitproc visit, void *arg)
{
    Function *f = (Function *)self;
    Object *held[] = {f->globals, f->closure, f->dict, f->defaults, f->kwdefaults};
    for (size_t i = 0; i < sizeof held / sizeof *held; i++) {
        int stop = held[i] ? visit(held[i], arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

static void function_clear(Object *self)
{
    Function *f = (Function *)self;
    Object *globals = f->globals, *closure = f->closure, *dict = f->dict;
    Object *defaults = f->defaults, *kwdefaults = f->kwdefaults;
    f->globals = f->closure = f->dict = f->defaults = f->kwdefaults = NULL;
    xdecref(globals);
    xdecref(closure);
    xdecref(dict);
    xdecref(defaults);
    xdecref(kwdefaults);
}

static void function_dealloc(Object *self)
{
    function_clear(self);
    decref(((Function *)self)->qualname);
}

Type FunctionType = {
    .name = "function",
    .basic_size = sizeof(Function),
    .flags = TYPE_GC | TYPE_WEAKREFABLE,
//> 4 function_weaklist_offset
    .weaklist_offset = offsetof(Function, weaklist),
//< 4 function_weaklist_offset
    .dealloc = function_dealloc,
    .traverse = function_traverse,
    .clear = function_clear,
};

Object *cell_new(Object *contents)
{
    Object *op = object_new(&CellType, 0);
    ((Cell *)op)->contents = contents ? newref(contents) : NULL;
    gc_track(op);
    return op;
}

static int cell_traverse(Object *self, visitproc visit, void *arg)
{
    Object *contents = ((Cell *)self)->contents;
    return contents ? visit(contents, arg) : 0;
}

static void cell_clear(Object *self)
{
    Cell *c = (Cell *)self;
    Object *contents = c->contents;
    c->contents = NULL;
    xdecref(contents);
}

Type CellType = {
    .name = "cell",
    .basic_size = sizeof(Cell),
    .flags = TYPE_GC,
    .dealloc = cell_clear,
    .traverse = cell_traverse,
    .clear = cell_clear,
};

Object *method_new(Object *function, Object *self)
{
    /* The caller's function may be borrowed from a class: it is held before
     * the allocation, which may start a collection whose gc callbacks
     * (chapter 3) delete it from the class. */
    function = newref(function);
    Object *op = object_new(&MethodType, 0);
    Method *m = (Method *)op;
    m->function = function;
    m->self = newref(self);
    gc_track(op);
    return op;
}

static int method_traverse(Object *self, visitproc visit, void *arg)
{
    Method *m = (Method *)self;
    int stop = visit(m->function, arg);
    return stop ? stop : visit(m->self, arg);
}

static void method_dealloc(Object *self)
{
    Method *m = (Method *)self;
    decref(m->function);
    decref(m->self);
}

/* Two bound methods are equal when they bind the same function to the same
 * object, as CPython 3.8 and later compare them: so the object's identity
 * counts, never its __hash__ or __eq__. */
static uint64_t method_hash(const Object *self)
{
    const Method *m = (const Method *)self;
    uint64_t hash = identity_hash(m->self) ^ key_hash(m->function);
    return hash == HASH_FAILED ? HASH_FAILED - 1 : hash;
}

static int method_equal(const Object *a, const Object *b)
{
    if (a->type != &MethodType || b->type != &MethodType)
        return 0;
    const Method *x = (const Method *)a, *y = (const Method *)b;
    return x->function == y->function && x->self == y->self;
}

/* A bound method holds no cycle of its own making: CPython gives it no
 * clear either; clearing what it refers to breaks any cycle through it. */
Type MethodType = {
    .name = "method",
    .basic_size = sizeof(Method),
    .flags = TYPE_GC | TYPE_WEAKREFABLE,
//> 4 method_weaklist_offset
    .weaklist_offset = offsetof(Method, weaklist),
//< 4 method_weaklist_offset
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .hash = method_hash,
    .equal = method_equal,
};
