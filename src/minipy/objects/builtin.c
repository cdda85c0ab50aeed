/* builtin.c: functions written in C, as Python objects.  Chapter 2 (the
 * runner).  CPython: Objects/methodobject.c (builtin_function_or_method). */
#include "minipy.h"

#include <stdio.h>
#include <string.h>

#include "error.h"
#include "gc.h"
#include "ops.h"
#include "str.h"

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

/* Room for "type.method": built-in names are short. */
#define QUALIFIED_NAME_MAX 96

/* The name CPython's messages give a function taking one argument or none:
 * qualified by its module ("gc.is_tracked") or type ("list.append"), except
 * for the built-ins. */
static void qualified_name(const BuiltinDef *def, Object *self, char *out, size_t size)
{
    const char *owner = self == NULL ? NULL
                      : self->type == &ModuleType ? str_chars(((Module *)self)->name)
                      : type_name(self);
    snprintf(out, size, "%s%s%s", owner ? owner : "", owner ? "." : "", def->name);
}

Object *builtin_call(const BuiltinDef *def, Object *self, Object **args, size_t nargs)
{
    int n = (int)nargs, min = def->min_args, max = def->max_args;
    if (n >= min && (max < 0 || n <= max)) {
        /* A call of a C function of one argument or none counts toward the
         * recursion limit, as in CPython 3.11's call paths for them */
        bool counts = def->style == ARGS_ONE || def->style == ARGS_NONE;
        if (counts && !enter_recursive(" while calling a Python object"))
            return NULL;
        Object *result = def->fn(self, args, nargs);
        if (counts)
            leave_recursive();
        return result;
    }
    char name[QUALIFIED_NAME_MAX];
    qualified_name(def, self, name, sizeof name);
    const char *bound = n < min ? "at least" : "at most";
    int limit = n < min ? min : max;
    switch (def->style) {
    case ARGS_ONE: case ARGS_ONE_INLINED:
        return raise("TypeError", "%s() takes exactly one argument (%d given)", name, n);
    case ARGS_NONE:
        return raise("TypeError", "%s() takes no arguments (%d given)", name, n);
    case ARGS_TUPLE:
        return raise("TypeError", "%s() takes %s %d argument%s (%d given)", def->name, bound,
                     limit, plural(limit), n);
    default:
        if (min == max)
            return raise("TypeError", "%s expected %d argument%s, got %d", def->name, min,
                         plural(min), n);
        return raise("TypeError", "%s expected %s %d argument%s, got %d", def->name, bound,
                     limit, plural(limit), n);
    }
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
/*< 4 builtin_weakrefable
    .flags = TYPE_GC,
*/
//> 4 builtin_weakrefable
    .flags = TYPE_GC | TYPE_WEAKREFABLE, /* as CPython 3.11's */
    .weaklist_offset = offsetof(Builtin, weaklist),
//< 4 builtin_weakrefable
    .dealloc = builtin_dealloc,
    .traverse = builtin_traverse,
};
