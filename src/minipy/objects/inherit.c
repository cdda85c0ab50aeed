/* inherit.c: base classes, the method resolution order, and super().
 * Chapter 2 (the runner).  CPython: Objects/typeobject.c. */
#include "inherit.h"

#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "exceptions.h"
#include "gc.h"
#include "instance.h"
#include "interp.h"
#include "list.h"
#include "minipy.h"
#include "str.h"

/* The module a built-in class names in its repr, as CPython's static types
 * do (their __module__). */
#define BUILTIN_MODULE "builtins"

Object *object_class;

static Object *tuple_of_one(Object *item)
{
    Object *items[] = {newref(item)};
    return tuple_from(items, 1);
}

static Object *tuple_attr(Object *cls, const char *name)
{
    Object *t = class_getattr(cls, name);
    return t != NULL && t->type == &TupleType ? t : NULL;
}

static size_t tuple_size(Object *t)
{
    return ((Tuple *)t)->ob.size;
}

static Object *tuple_item(Object *t, size_t i)
{
    return ((Tuple *)t)->items[i];
}

/* The instances of a built-in class reach their attributes only, as an
 * instance of CPython's static type does not visit its type. */
static int builtin_instance_traverse(Object *self, visitproc visit, void *arg)
{
    return instance_traverse_attrs(self, visit, arg);
}

Object *builtin_class_new(const char *name, Object *base)
{
    Object *cls = class_new(name, NULL);
    ((Class *)cls)->instance_type.traverse = builtin_instance_traverse;
    Object *module = str_new(BUILTIN_MODULE);
    class_setattr(cls, "__module__", module);
    decref(module);
    Object *bases = base ? tuple_of_one(base) : tuple_from(NULL, 0);
    if (class_set_bases(cls, bases) < 0)
        fatal_argument(__func__, "%s has no MRO", name);
    decref(bases);
    return cls;
}

bool is_builtin_class(Object *cls)
{
    Object *module = class_getattr(cls, "__module__");
    return module != NULL && module->type == &StrType &&
           strcmp(str_chars(module), BUILTIN_MODULE) == 0;
}

/* --- C3 ------------------------------------------------------------------ */

/* The lists C3 merges: each base's MRO, then the bases themselves; a
 * list's head is at its `next` index. */
typedef struct Seq {
    Object *items;  /* a tuple, borrowed */
    size_t next;
} Seq;

/* Does `cls` appear in the tail (after the head) of any list? */
static bool in_a_tail(const Seq *seqs, size_t count, Object *cls)
{
    for (size_t i = 0; i < count; i++)
        for (size_t j = seqs[i].next + 1; j < tuple_size(seqs[i].items); j++)
            if (tuple_item(seqs[i].items, j) == cls)
                return true;
    return false;
}

/* The first head that is in no tail, or NULL if every list is done (then
 * *stuck is false) or none is good (the MRO does not exist). */
static Object *good_head(const Seq *seqs, size_t count, bool *stuck)
{
    *stuck = false;
    for (size_t i = 0; i < count; i++) {
        if (seqs[i].next == tuple_size(seqs[i].items))
            continue;
        *stuck = true;
        Object *head = tuple_item(seqs[i].items, seqs[i].next);
        if (!in_a_tail(seqs, count, head))
            return head;
    }
    return NULL;
}

/* CPython 3.11's message names the bases' heads left when C3 gets stuck. */
static void no_consistent_mro(const Seq *seqs, size_t count)
{
    char names[256] = "";
    for (size_t i = 0; i + 1 < count; i++) {
        if (seqs[i].next == tuple_size(seqs[i].items))
            continue;
        Object *head = tuple_item(seqs[i].items, seqs[i].next);
        size_t used = strlen(names);
        snprintf(names + used, sizeof names - used, "%s%s", used ? ", " : "",
                 str_chars(((Class *)head)->name));
    }
    raise("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases %s",
          names);
}

/* cls, then the merge of its bases' MROs and the list of its bases. */
static Object *c3(Object *cls, Object *bases)
{
    size_t nbases = tuple_size(bases), count = nbases + 1;
    Seq *seqs = calloc(count, sizeof *seqs);
    if (seqs == NULL)
        fatal_out_of_memory("computing an MRO");
    for (size_t i = 0; i < nbases; i++)
        seqs[i].items = class_mro(tuple_item(bases, i));
    seqs[nbases].items = bases;
    Object *mro = list_new();
    list_append(mro, cls);
    bool stuck;
    Object *head;
    while ((head = good_head(seqs, count, &stuck)) != NULL) {
        list_append(mro, head);
        for (size_t i = 0; i < count; i++)
            if (seqs[i].next < tuple_size(seqs[i].items) &&
                tuple_item(seqs[i].items, seqs[i].next) == head)
                seqs[i].next++;
    }
    if (stuck) {
        no_consistent_mro(seqs, count);
        decref(mro);
        mro = NULL;
    }
    for (size_t i = 0; i < nbases; i++)
        decref(seqs[i].items);
    free(seqs);
    return mro ? tuple_from_list(mro) : NULL;
}

static bool check_bases(Object *bases)
{
    for (size_t i = 0; i < tuple_size(bases); i++) {
        Object *base = tuple_item(bases, i);
        if (base->type == &TypeObjectType) {
            raise("NotImplementedError", "minipy's classes cannot derive from the built-in "
                  "type '%s'", ((TypeObject *)base)->type->name);
            return false;
        }
        if (base->type != &ClassType) {
            raise("TypeError", "bases must be types");
            return false;
        }
        for (size_t j = 0; j < i; j++)
            if (tuple_item(bases, j) == base) {
                raise("TypeError", "duplicate base class %s", str_chars(((Class *)base)->name));
                return false;
            }
    }
    return true;
}

int class_set_bases(Object *cls, Object *bases)
{
    if (!check_bases(bases))
        return -1;
    if (tuple_size(bases) == 0)
        return 0;
    Object *mro = c3(cls, bases);
    if (mro != NULL) {
        class_setattr(cls, "__bases__", bases);
        class_setattr(cls, "__mro__", mro);
    }
    xdecref(mro);
    return mro ? 0 : -1;
}

Object *class_mro(Object *cls)
{
    Object *mro = tuple_attr(cls, "__mro__");
    if (mro != NULL)
        return newref(mro);
    Object *root = builtin_class("object");
    if (cls == root)
        return tuple_of_one(root);
    Object *items[] = {newref(cls), newref(root)};
    return tuple_from(items, 2);
}

Object *class_bases(Object *cls)
{
    Object *bases = tuple_attr(cls, "__bases__");
    if (bases != NULL)
        return newref(bases);
    Object *root = builtin_class("object");
    return cls == root ? tuple_from(NULL, 0) : tuple_of_one(root);
}

Object *class_lookup(Object *cls, const char *name)
{
    Object *mro = tuple_attr(cls, "__mro__");
    Object *found = NULL;
    for (size_t i = 0; mro != NULL && found == NULL && i < tuple_size(mro); i++)
        found = class_getattr(tuple_item(mro, i), name);
    if (mro == NULL && (found = class_getattr(cls, name)) == NULL && object_class != NULL)
        found = class_getattr(object_class, name);
    return found;
}

bool class_is_subclass(Object *cls, Object *base)
{
    Object *mro = tuple_attr(cls, "__mro__");
    if (mro == NULL)
        return cls == base || base == object_class;
    for (size_t i = 0; i < tuple_size(mro); i++)
        if (tuple_item(mro, i) == base)
            return true;
    return false;
}

/* --- super --------------------------------------------------------------- */

static Object *class_of(Object *obj)
{
    return is_instance(obj) ? instance_class(obj) : NULL;
}

/* super(): the class whose body defined the running function, found in the
 * MRO of its first argument's class (CPython reads the __class__ cell the
 * compiler made), and that argument. */
static Object *implicit_arguments(Object **type, Object **obj)
{
    Frame *f = interp.frame;
    if (f == NULL || f->function == NULL || f->scope->nparams == 0)
        return raise("RuntimeError", "super(): no arguments");
    *obj = f->slots[0];
    if (*obj != NULL && f->scope->slot_is_cell[0])
        *obj = ((Cell *)*obj)->contents;
    if (*obj == NULL)
        return raise("RuntimeError", "super(): arg[0] deleted");
    Object *cls = is_instance(*obj) ? instance_class(*obj) : (*obj)->type == &ClassType ? *obj
                                                                                       : NULL;
    Object *mro = cls ? class_mro(cls) : NULL;
    const char *fname = str_chars(((Function *)f->function)->code->scope->name);
    for (size_t i = 0; mro != NULL && *type == NULL && i < tuple_size(mro); i++)
        if (class_getattr(tuple_item(mro, i), fname) == f->function)
            *type = tuple_item(mro, i);  /* borrowed: obj's class holds its MRO */
    xdecref(mro);
    return *type ? *type : raise("RuntimeError", "super(): __class__ cell not found");
}

static Object *builtin_super(Object *self, Object **args, size_t nargs)
{
    (void)self;
    Object *type = NULL, *obj = NULL;
    if (nargs == 0 && implicit_arguments(&type, &obj) == NULL)
        return NULL;
    if (nargs > 0) {
        type = args[0];
        obj = nargs > 1 ? args[1] : NULL;
    }
    if (type->type != &ClassType)
        return raise("TypeError", "super() argument 1 must be a type, not %s", type_name(type));
    if (obj == NULL)
        return raise("NotImplementedError", "minipy's super() takes a second argument");
    Object *cls = obj->type == &ClassType ? obj : class_of(obj);
    if (cls == NULL || !class_is_subclass(cls, type))
        return raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
    Object *op = object_new(&SuperType, 0);
    ((Super *)op)->type = newref(type);
    ((Super *)op)->obj = newref(obj);
    gc_track(op);
    return op;
}

Object *super_getattr(Object *super, Object *name)
{
    Super *s = (Super *)super;
    Object *cls = s->obj->type == &ClassType ? s->obj : instance_class(s->obj);
    Object *mro = class_mro(cls), *found = NULL;
    size_t i = 0;
    while (tuple_item(mro, i) != s->type)
        i++;
    for (i++; found == NULL && i < tuple_size(mro); i++)
        found = class_getattr(tuple_item(mro, i), str_chars(name));
    decref(mro);
    if (found == NULL)
        return raise("AttributeError", "'super' object has no attribute '%s'", str_chars(name));
    bool binds = s->obj != cls && (found->type == &FunctionType || found->type == &BuiltinType);
    return binds ? method_new(found, s->obj) : newref(found);
}

static int super_traverse(Object *self, visitproc visit, void *arg)
{
    Super *s = (Super *)self;
    int stop = visit(s->type, arg);
    return stop ? stop : visit(s->obj, arg);
}

static void super_clear(Object *self)
{
    Super *s = (Super *)self;
    Object *type = s->type, *obj = s->obj;
    s->type = s->obj = NULL;
    xdecref(type);
    xdecref(obj);
}

Type SuperType = {
    .name = "super",
    .basic_size = sizeof(Super),
    .flags = TYPE_GC,
    .dealloc = super_clear,
    .traverse = super_traverse,
    .clear = super_clear,
};

/* object.__init__(self): anything more is an error, as CPython says it
 * when a class defines no __init__ of its own. */
static Object *object_init(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args;
    if (nargs > 1)
        return raise("TypeError", "object.__init__() takes exactly one argument (the instance "
                     "to initialize)");
    return newref(None);
}

static const BuiltinDef object_init_def = {"__init__", object_init, 1, -1, ARGS_POSITIONAL};
static const BuiltinDef super_def = {"super", builtin_super, 0, 2, ARGS_POSITIONAL};

static Object *make_object_class(void)
{
    object_class = builtin_class_new("object", NULL);
    Object *init = builtin_new(&object_init_def, NULL);
    class_setattr(object_class, "__init__", init);
    decref(init);
    return object_class;
}

Object *builtin_class(const char *name)
{
    Object *key = str_new(name);
    Object *cls = dict_getitem(interp.builtins, key);
    if (cls == NULL) {
        cls = strcmp(name, "object") == 0 ? make_object_class() : exception_class_new(name);
        if (cls == NULL) {
            decref(key);
            return NULL;
        }
        dict_setitem(interp.builtins, key, cls);
        decref(cls); /* held by the builtins dict */
    }
    decref(key);
    return cls;
}

void inherit_init(Object *builtins)
{
    object_class = NULL;
    Object *name = str_new("super");
    Object *super = builtin_new(&super_def, NULL);
    dict_setitem(builtins, name, super);
    decref(super);
    decref(name);
}

bool is_object_init(Object *init)
{
    return init->type == &BuiltinType && ((Builtin *)init)->def == &object_init_def;
}
