/* minipy.h: the objects the runner adds to the runtime.  Chapter 2 (the
 * runner).  CPython: Objects/ (boolobject.c, tupleobject.c, funcobject.c,
 * cellobject.c, classobject.c, methodobject.c, moduleobject.c, rangeobject.c).
 *
 * Each is an object of our runtime, counted, tracked and collected like the
 * runtime's own, so a Python program's functions, closures and modules take
 * part in cycles exactly where CPython's do. */
#ifndef MINIPY_MINIPY_H
#define MINIPY_MINIPY_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "object.h"

/* --- None, True, False (singletons.c) -------------------------------- */

/* The count of a static object that is never allocated or freed: so high
 * that no program can bring it to zero (CPython 3.12 calls such objects
 * "immortal"). */
#define IMMORTAL_REFCNT ((intptr_t)1 << 40)

/* Immortal: never allocated or freed. */
extern Object *const None;
extern Object *const True;
extern Object *const False;
extern Type NoneType, BoolType;
Object *bool_from(bool value);

/* --- tuples (tuple.c) ------------------------------------------------ */

typedef struct Tuple {
    VarObject ob;
    Object *items[];
} Tuple;
extern Type TupleType;
/* A tuple of `count` items, each a new reference the tuple takes over
 * (STEALS them); tracked unless empty, as CPython's. */
Object *tuple_from(Object **items, size_t count);
/* A tuple of a list's items: STEALS the list, whose references it takes. */
Object *tuple_from_list(Object *list);

/* --- functions, cells, bound methods (function.c) -------------------- */

typedef struct Function {
    Object ob;
    Node *code;        /* N_DEF or N_LAMBDA; its scope says the frame layout */
    Object *globals;   /* the dict of the module that defined it */
    Object *closure;   /* a tuple of cells, or NULL */
    Object *qualname;  /* a str */
    Object *dict;      /* attributes a program set on it, or NULL until one is */
    Object *defaults;  /* a tuple: the last positional parameters' defaults, or NULL */
    Object *kwdefaults; /* a dict: the keyword-only parameters' defaults, or NULL */
//> 4 function_weaklist
    struct WeakRef *weaklist;
//< 4 function_weaklist
} Function;
extern Type FunctionType;
Object *function_new(Node *code, Object *globals, Object *closure, Object *qualname);

typedef struct Cell {
    Object ob;
    Object *contents;  /* NULL while the variable is unbound */
} Cell;
extern Type CellType;
Object *cell_new(Object *contents);

typedef struct Method {
    Object ob;
    Object *function;
    Object *self;
//> 4 method_weaklist
    struct WeakRef *weaklist;
//< 4 method_weaklist
} Method;
extern Type MethodType;
Object *method_new(Object *function, Object *self);

/* --- built-in functions and methods (builtin.c) ---------------------- */

/* A C function callable from Python: args[0..nargs) are borrowed; `self` is
 * the object a method is bound to, or the module.  Returns a new reference,
 * or NULL with an exception set. */
typedef Object *(*BuiltinFn)(Object *self, Object **args, size_t nargs);

/* How CPython 3.11 words a wrong number of arguments to the function: each
 * style is one of its argument parsers' (METH_O, METH_NOARGS, Argument
 * Clinic's positional check, PyArg_ParseTuple). */
typedef enum ArgStyle {
    ARGS_POSITIONAL,  /* "pop expected at most 1 argument, got 2" */
    ARGS_ONE,         /* "list.append() takes exactly one argument (0 given)" */
    ARGS_NONE,        /* "gc.enable() takes no arguments (1 given)" */
    ARGS_TUPLE,       /* "collect() takes at most 1 argument (2 given)" */
    /* as ARGS_ONE, but CPython 3.11 calls it on a specialized path that
     * skips the recursion check (len, list.append) */
    ARGS_ONE_INLINED,
} ArgStyle;

typedef struct BuiltinDef {
    const char *name;
    BuiltinFn fn;
    int min_args, max_args;  /* max_args < 0: no limit */
    ArgStyle style;
} BuiltinDef;

typedef struct Builtin {
    Object ob;
    const BuiltinDef *def;
    Object *self;      /* may be NULL */
//> 4 builtin_weaklist
    struct WeakRef *weaklist;
//< 4 builtin_weaklist
} Builtin;
extern Type BuiltinType;
Object *builtin_new(const BuiltinDef *def, Object *self);
/* Check the count of arguments, then call; NULL with an exception set. */
Object *builtin_call(const BuiltinDef *def, Object *self, Object **args, size_t nargs);
/* The def named `name` in a table ended by an entry with a NULL name. */
const BuiltinDef *builtin_find(const BuiltinDef *table, const char *name);

/* --- modules (module.c) ---------------------------------------------- */

typedef struct Module {
    Object ob;
    Object *name;      /* a str */
    Object *dict;      /* its attributes */
//> 4 module_weaklist
    struct WeakRef *weaklist;
//< 4 module_weaklist
} Module;
extern Type ModuleType;
/* A module whose dict holds `functions` (a table ended by a NULL name). */
Object *module_new(const char *name, const BuiltinDef *functions);
/* Add more functions to a module, each bound to it. */
void module_add_functions(Object *module, const BuiltinDef *functions);

/* --- ranges (range.c) ------------------------------------------------ */

typedef struct Range {
    Object ob;
    long start, stop, step;
} Range;
extern Type RangeType;
uint64_t range_length(const Object *range);
long range_item(const Object *range, uint64_t index);
bool range_contains(const Object *range, long value);

/* --- dict views (view.c) --------------------------------------------- */

typedef enum ViewKind { VIEW_KEYS, VIEW_VALUES, VIEW_ITEMS } ViewKind;
typedef struct View {
    Object ob;
    Object *dict;
    ViewKind kind;
} View;
extern Type DictKeysType, DictValuesType, DictItemsType;
Object *view_new(Object *dict, ViewKind kind);
bool is_view(const Object *op);

/* --- the built-in types as objects (typeobject.c) -------------------- */

/* `int`, `list`, `type`, ...: what type(x) returns for a built-in object,
 * and what isinstance() accepts; calling one converts or constructs. */
typedef struct TypeObject {
    Object ob;
    Type *type;
    BuiltinFn construct;
    bool builtin_name;  /* a built-in name (int, list, ...), not only type(x)'s answer */
//> 4 type_object_weaklist
    struct WeakRef *weaklist; /* a type can be weakly referenced, as in CPython */
//< 4 type_object_weaklist
} TypeObject;
extern Type TypeObjectType;
/* Borrowed: the type object of op's type, or NULL if op is an instance of a
 * class (its class is its type). */
Object *type_object_of(const Type *type);
/* dict(mapping_or_pairs, **kwargs): the keywords' values follow args, as
 * call_object_kw passes them (borrowed here). */
Object *dict_construct_kw(Object *self, Object **args, size_t nargs, const Object *kwnames);
/* Put int, str, list, ... into the builtins dict. */
void type_objects_register(Object *builtins);

#endif
