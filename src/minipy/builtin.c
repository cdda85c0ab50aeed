/* builtin.c: functions written in C, as Python objects.  Chapter 2 (the
 * runner).  CPython: Objects/methodobject.c (builtin_function_or_method). */
#include "minipy.h"

#include <stdio.h>
#include <string.h>

#include "error.h"
#include "gc.h"

Object *builtin_new(const BuiltinDef *def, Object *self)
{
    Object *op = object_new(&BuiltinType, 0);
    Builtin *b = (Builtin *)op;
    b->def = def;
    b->self = self ? newref(self) : NULL;
    gc_track(op);
    return op;
}

const BuiltinDef *builtin_find(const BuiltinDef *table, const char *name)
{
    for (; table != NULL && table->name != NULL; table++)
        if (strcmp(table->name, name) == 0)
            return table;
    return NULL;
}

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

/* The messages of CPython 3.11's argument checks for C functions; a
 * method's name is qualified by its type ("list.append()"). */
Object *builtin_call(const BuiltinDef *def, Object *self, Object **args, size_t nargs)
{
    int n = (int)nargs, min = def->min_args, max = def->max_args;
    if (n >= min && (max < 0 || n <= max))
        return def->fn(self, args, nargs);
    char name[96];
    bool method = self != NULL && self->type != &ModuleType;
    snprintf(name, sizeof name, "%s%s%s", method ? type_name(self) : "", method ? "." : "",
             def->name);
    if (max == 0)
        return raise("TypeError", "%s() takes no arguments (%d given)", name, n);
    if (min == 1 && max == 1)
        return raise("TypeError", "%s() takes exactly one argument (%d given)", name, n);
    if (min == max)
        return raise("TypeError", "%s expected %d arguments, got %d", name, min, n);
    if (n < min)
        return raise("TypeError", "%s expected at least %d argument%s, got %d", name, min,
                     plural(min), n);
    return raise("TypeError", "%s() takes at most %d argument%s (%d given)", name, max,
                 plural(max), n);
}

static int builtin_traverse(Object *self, visitproc visit, void *arg)
{
    Object *bound = ((Builtin *)self)->self;
    return bound ? visit(bound, arg) : 0;
}

static void builtin_dealloc(Object *self)
{
    xdecref(((Builtin *)self)->self);
}

Type BuiltinType = {
    .name = "builtin_function_or_method",
    .basic_size = sizeof(Builtin),
    .flags = TYPE_GC,
    .dealloc = builtin_dealloc,
    .traverse = builtin_traverse,
};
