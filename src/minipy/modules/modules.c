/* modules.c: importing.  Chapter 2 (the runner). */
#include "modules.h"

#include <string.h>

#include "dict.h"
#include "error.h"
#include "interp.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc
#include "str.h"

/*< 4 importable
static const ModuleDef *const importable[] = {&gc_module, &sys_module};
*/
//> 4 importable
/*< 7 importable_leak_tools
static const ModuleDef *const importable[] = {&gc_module, &sys_module, &weakref_module,
                                              &weakref_core_module};
*/
//> 7 importable_leak_tools
static const ModuleDef *const importable[] = {&gc_module, &sys_module, &weakref_module,
                                              &weakref_core_module, &tracemalloc_module,
                                              &objgraph_module};
//< 7 importable_leak_tools
//< 4 importable

Object *import_module(Object *name)
{
    /* CPython 3.11 empties sys.modules and sys.meta_path before the
     * collection that frees the program's module. */
    if (interp.phase != PHASE_RUNNING)
        return raise("ImportError", "sys.meta_path is None, Python is likely shutting down");
    Object *module = dict_getitem(interp.modules, name);
    if (module != NULL)
        return newref(module);
    for (size_t i = 0; i < sizeof importable / sizeof *importable; i++) {
        const ModuleDef *def = importable[i];
        if (strcmp(def->name, str_chars(name)) != 0)
            continue;
        module = module_new(def->name, def->functions);
        if (def->init != NULL)
            def->init(module);
        dict_setitem(interp.modules, name, module);
        return module;
    }
    return raise("ModuleNotFoundError", "No module named '%s'", str_chars(name));
}
