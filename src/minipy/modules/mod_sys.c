/* mod_sys.c: the sys module.  Chapter 2 (the runner).
 * CPython: Python/sysmodule.c. */
#include "exceptions.h"
#include "int.h"
#include "modules.h"
#include "ops.h"

/* The count includes the reference the call's argument holds, as CPython
 * documents for sys.getrefcount: "generally one higher than you might
 * expect". */
static Object *sys_getrefcount(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return int_new((long)args[0]->refcnt);
}

static Object *sys_getrecursionlimit(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return int_new(RECURSION_LIMIT);
}

static const BuiltinDef sys_functions[] = {
    {"getrefcount", sys_getrefcount, 1, 1, ARGS_ONE},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, ARGS_NONE},
    {"exc_info", sys_exc_info, 0, 0, ARGS_NONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

const ModuleDef sys_module = {"sys", sys_functions, NULL};
