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

/* The module `name` (a str), made on first import and kept in
 * interp.modules; NULL with ModuleNotFoundError if there is none. */
Object *import_module(Object *name);

/* A new dict of the built-in functions and types. */
Object *builtins_new(void);

#endif
