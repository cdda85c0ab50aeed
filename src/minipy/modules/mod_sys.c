/* mod_sys.c: the sys module.  Chapter 2 (the runner).
 * CPython: Python/sysmodule.c. */
#include "exceptions.h"
//> 6 include_stdio
#include <stdio.h>

//< 6 include_stdio
#include "int.h"
#include "modules.h"
//> 6 include_obmalloc
#include "obmalloc.h"
//< 6 include_obmalloc
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

//> 6 sys_allocator
/* The blocks the allocator has handed out and not yet taken back. */
static Object *sys_getallocatedblocks(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    return int_new((long)obmalloc_allocated_blocks());
}

/* The allocator's report, on stderr as CPython prints it. */
static Object *sys__debugmallocstats(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args, (void)nargs;
    fflush(stdout);
    obmalloc_debug_stats(stderr);
    return newref(None);
}

//< 6 sys_allocator
static const BuiltinDef sys_functions[] = {
    {"getrefcount", sys_getrefcount, 1, 1, ARGS_ONE},
    {"getrecursionlimit", sys_getrecursionlimit, 0, 0, ARGS_NONE},
    {"exc_info", sys_exc_info, 0, 0, ARGS_NONE},
//> 6 sys_allocator_functions
    {"getallocatedblocks", sys_getallocatedblocks, 0, 0, ARGS_NONE},
    {"_debugmallocstats", sys__debugmallocstats, 0, 0, ARGS_NONE},
//< 6 sys_allocator_functions
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

const ModuleDef sys_module = {"sys", sys_functions, NULL};
