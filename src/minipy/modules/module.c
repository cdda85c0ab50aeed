/* module.c: module objects.  Chapter 2 (the runner).
 * CPython: Objects/moduleobject.c. */
#include "minipy.h"

#include "dict.h"
#include "gc.h"
#include "str.h"

Object *module_new(const char *name, const BuiltinDef *functions)
{
    Object *op = object_new(&ModuleType, 0);
    Module *m = (Module *)op;
    m->name = str_new(name);
    m->dict = dict_new();
    Object *name_key = str_new("__name__");
    dict_setitem(m->dict, name_key, m->name);
    decref(name_key);
    module_add_functions(op, functions);
    gc_track(op);
    return op;
}

void module_add_functions(Object *module, const BuiltinDef *functions)
{
    Object *dict = ((Module *)module)->dict;
    for (const BuiltinDef *def = functions; def != NULL && def->name != NULL; def++) {
        Object *key = str_new(def->name);
        Object *function = builtin_new(def, module);
        dict_setitem(dict, key, function);
        decref(key);
        decref(function);
    }
}

static int module_traverse(Object *self, visitproc visit, void *arg)
{
    Object *dict = ((Module *)self)->dict;
    return dict ? visit(dict, arg) : 0;
}

static void module_clear(Object *self)
{
    Module *m = (Module *)self;
    Object *dict = m->dict;
    m->dict = NULL;
    xdecref(dict);
}

static void module_dealloc(Object *self)
{
    module_clear(self);
    decref(((Module *)self)->name);
}

Type ModuleType = {
    .name = "module",
    .basic_size = sizeof(Module),
    .flags = TYPE_GC | TYPE_WEAKREFABLE,
//> 4 module_weaklist_offset
    .weaklist_offset = offsetof(Module, weaklist),
//< 4 module_weaklist_offset
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
};
