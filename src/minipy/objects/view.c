/* view.c: what dict.keys(), values() and items() return.  Chapter 2 (the
 * runner).  CPython: Objects/dictobject.c (dict views).  A view holds its
 * dict, so it is a container. */
#include "minipy.h"

#include "gc.h"

static Type *const view_types[] = {&DictKeysType, &DictValuesType, &DictItemsType};

Object *view_new(Object *dict, ViewKind kind)
{
    Object *op = object_new(view_types[kind], 0);
    View *v = (View *)op;
    v->dict = newref(dict);
    v->kind = kind;
    gc_track(op);
    return op;
}

static int view_traverse(Object *self, visitproc visit, void *arg)
{
    return visit(((View *)self)->dict, arg);
}

static void view_dealloc(Object *self)
{
    decref(((View *)self)->dict);
}

#define VIEW_TYPE(type_name)                                                 \
    {                                                                        \
        .name = type_name, .basic_size = sizeof(View), .flags = TYPE_GC,     \
        .dealloc = view_dealloc, .traverse = view_traverse,                  \
    }

Type DictKeysType = VIEW_TYPE("dict_keys");
Type DictValuesType = VIEW_TYPE("dict_values");
Type DictItemsType = VIEW_TYPE("dict_items");

bool is_view(const Object *op)
{
    return op->type == &DictKeysType || op->type == &DictValuesType ||
           op->type == &DictItemsType;
}
