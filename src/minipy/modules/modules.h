/* modules.h: the modules a program can import, and the built-ins.  Chapter 2
 * (the runner).  CPython: Python/import.c, Python/bltinmodule.c.
 *
 * A module is a table of C functions and an optional init that adds
 * constants; adding a function to `gc` is one line in its table. */
#ifndef MINIPY_MODULES_H
#define MINIPY_MODULES_H

#include "minipy.h"

typedef struct ModuleDef {
    const char *name;
    const BuiltinDef *functions;
    void (*init)(Object *module);   /* may be NULL */
} ModuleDef;

extern const ModuleDef gc_module, sys_module;
//> 4 weakref_module
extern const ModuleDef weakref_module, weakref_core_module; /* weakref, _weakref */
//< 4 weakref_module
//> 7 objgraph_module
extern const ModuleDef objgraph_module;
//< 7 objgraph_module

/* The module `name` (a str), made on first import and kept in
 * interp.modules; NULL with ModuleNotFoundError if there is none. */
Object *import_module(Object *name);

/* Convert an argument of a gc function that CPython 3.11 takes as a C int:
 * TypeError if it is no int, OverflowError out of range, with the message
 * its parser gives (too_large or too_small).  False with the exception set. */
bool gc_int_argument(Object *arg, const char *too_large, const char *too_small, int *out);
/* Argument Clinic's message for an int beyond a C int, either way. */
#define C_INT_OVERFLOW "Python int too large to convert to C int"

/* A new dict of the built-in functions and types. */
Object *builtins_new(void);
/* A built-in that takes keyword arguments: `keywords` names them (a
 * NULL-ended list), and `fn` is called with kwargs[i] the value given for
 * keywords[i], or NULL (borrowed), beside the positional ones.  The first
 * `positional` keywords may come by position too (str.split's sep and
 * maxsplit): then kwargs[i] is args[i] for each i < nargs. */
typedef Object *(*BuiltinKwFn)(Object *self, Object **args, size_t nargs, Object **kwargs);
typedef struct KeywordDef {
    BuiltinFn plain;  /* the BuiltinDef's fn, which finds this entry */
    const char *const *keywords;
    BuiltinKwFn fn;
    size_t positional;
    const char *called;  /* the name its errors give, if not the def's */
    /* PyArg_ParseTupleAndKeywords's words for a keyword naming an argument
     * given by position: an invalid keyword (enumerate), where Argument
     * Clinic's say "given by name and position" (str.split) */
    bool repeat_is_invalid;
} KeywordDef;
/* Room for the keyword arguments one built-in takes. */
#define BUILTIN_KEYWORDS_MAX 8
/* Call `fn` with the positional arguments in the keyword slots they fill
 * (nargs <= BUILTIN_KEYWORDS_MAX): the plain call of a built-in whose
 * keywords may all come by position. */
Object *call_keywords_by_position(BuiltinKwFn fn, Object *self, Object **args, size_t nargs);
/* The entry for a built-in function, method or type constructor `plain`
 * that takes keyword arguments, or NULL. */
const KeywordDef *keyword_def(BuiltinFn plain);
/* The keyword tables of the built-in functions, of the methods and of the
 * constructors (each ended by an entry with a NULL plain). */
extern const KeywordDef builtin_keyword_defs[], list_keyword_defs[], str_keyword_defs[],
    enumerate_keyword_defs[], type_keyword_defs[];
//> 7 objgraph_keyword_defs
/* The keyword arguments of objgraph's functions (mod_objgraph.c). */
extern const KeywordDef objgraph_keyword_defs[];
//< 7 objgraph_keyword_defs

/* The built-ins that look into objects: setattr, hash, iter, next, dir, ...
 * (builtins_objects.c). */
extern const BuiltinDef object_builtins[];

#endif
