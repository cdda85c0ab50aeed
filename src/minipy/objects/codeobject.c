/* codeobject.c: code objects, as a program reads them.  Chapter 2 (the
 * runner).  CPython: Objects/codeobject.c (code_repr and the co_*
 * members). */
#include "codeobject.h"

#include <string.h>

#include "buf.h"
#include "int.h"
#include "interp.h"
#include "scope.h"
#include "str.h"

typedef struct Code {
    Object ob;
    Scope *scope;  /* the program's tree outlives every code object */
} Code;

Type CodeType = {.name = "code", .basic_size = sizeof(Code)};

Object *code_new(Scope *scope)
{
    Object *op = object_new(&CodeType, 0);
    ((Code *)op)->scope = scope;
    return op;
}

/* A module's code starts on line 1; a def's or a class's on its line. */
static int first_line(const Scope *scope)
{
    return scope->kind == SCOPE_MODULE ? 1 : scope->node->line;
}

Object *code_attribute(Object *code, const char *name)
{
    Scope *scope = ((Code *)code)->scope;
    if (strcmp(name, "co_name") == 0)
        return newref(scope->name);
    if (strcmp(name, "co_qualname") == 0)
        return newref(scope->kind == SCOPE_MODULE ? scope->name : scope->qualname);
    if (strcmp(name, "co_filename") == 0)
        return str_new(interp.filename);
    if (strcmp(name, "co_firstlineno") == 0)
        return int_new(first_line(scope));
    return NULL;
}

Object *code_repr(Object *code)
{
    Scope *scope = ((Code *)code)->scope;
    Buf b = {0};
    buf_printf(&b, "<code object %s at %p, file \"%s\", line %d>", str_chars(scope->name),
               (void *)code, interp.filename, first_line(scope));
    return buf_finish(&b);
}
