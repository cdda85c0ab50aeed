/* codeobject.h: code objects, as a program reads them.  Chapter 2 (the
 * runner).  CPython: Objects/codeobject.c.
 *
 * We run the syntax tree and compile no bytecode, so a code object here is
 * a view of a function's (or the module's) scope: its name, its file and
 * its first line.  Like CPython 3.11's, it is not tracked: it refers to no
 * object a cycle could run through. */
#ifndef MINIPY_CODEOBJECT_H
#define MINIPY_CODEOBJECT_H

#include "minipy.h"

extern Type CodeType;
/* The code object of a scope (a new reference). */
Object *code_new(Scope *scope);
/* co_name, co_qualname, co_filename and co_firstlineno; NULL (and no
 * exception) for another name. */
Object *code_attribute(Object *code, const char *name);
/* "<code object f at 0x..., file "prog.py", line 3>" */
Object *code_repr(Object *code);

#endif
