/* weakset.c: weakref.WeakSet.  Chapter 4 (the runner).
 * CPython: Lib/_weakrefset.py (a set of weak references, written in
 * Python).
 *
 * A set whose members are held weakly: a member that dies leaves the set.
 * Ours keeps its members as the keys of a weak-keyed dictionary of the
 * runtime (weakdict.h), whose values are None, so that every rule of those
 * keys holds for the members: the removal on death, put off while an
 * iteration runs. */
#include "weakset.h"

#include <stdio.h>

#include "error.h"
#include "gc.h"
#include "list.h"
#include "mod_weakref.h"
#include "ops.h"
#include "str.h"
#include "weakdict.h"
#include "weakref.h"

/* Room for the repr of one member's weak reference. */
#define MEMBER_REPR_MAX 160

typedef struct WeakSet {
    Object ob;
    Object *dict;  /* a WeakKeyDictionary: member -> None; NULL once cleared */
    struct WeakRef *weaklist;
} WeakSet;

static int weakset_traverse(Object *self, visitproc visit, void *arg)
{
    Object *dict = ((WeakSet *)self)->dict;
    return dict ? visit(dict, arg) : 0;
}

static void weakset_clear(Object *self)
{
    Object *dict = ((WeakSet *)self)->dict;
    ((WeakSet *)self)->dict = NULL;
    xdecref(dict);
}

Type WeakSetType = {
    .name = "WeakSet",
    .basic_size = sizeof(WeakSet),
    .flags = TYPE_GC | TYPE_WEAKREFABLE,
    .weaklist_offset = offsetof(WeakSet, weaklist),
    .dealloc = weakset_clear,
    .traverse = weakset_traverse,
    .clear = weakset_clear,
};

bool is_weakset(const Object *op)
{
    return op->type == &WeakSetType;
}

Object *weakset_dict(Object *set)
{
    return ((WeakSet *)set)->dict;
}

static Object *weakset_add(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    Object *dict = weakset_dict(self);
    return dict == NULL || weakdict_set_item(dict, args[0], None) < 0 ? NULL : newref(None);
}

/* discard(x) and remove(x): only remove raises KeyError for a non-member. */
static Object *take_out(Object *self, Object *member, bool must_be_there)
{
    Object *dict = weakset_dict(self);
    int there = dict ? weakdict_contains(dict, member) : 0;
    if (there < 0)
        return NULL;
    if (there)
        return weakdict_del_item(dict, member) < 0 ? NULL : newref(None);
    if (!must_be_there)
        return newref(None);
    Object *ref = is_weakrefable(member) ? weakref_new(member, NULL) : newref(member);
    raise_key_error(ref);
    decref(ref);
    return NULL;
}

static Object *weakset_discard(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return take_out(self, args[0], false);
}

static Object *weakset_remove(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return take_out(self, args[0], true);
}

/* A new WeakSet of the live members of set (a WeakSet), as CPython's copy. */
static Object *copy_of(Object *set)
{
    Object *members = list_from_iterable(set);
    if (members == NULL)
        return NULL;
    Object *copy = weakset_construct(NULL, &members, 1);
    decref(members);
    return copy;
}

Object *weakset_binary_op(Op op, Object *set, Object *other)
{
    Object *theirs = list_from_iterable(other);
    Object *result = theirs ? (op == OP_BITAND ? weakset_construct(NULL, NULL, 0) : copy_of(set))
                            : NULL;
    for (size_t i = 0; result != NULL && i < list_size(theirs); i++) {
        Object *item = list_getitem(theirs, i), *done = NULL;
        /* & keeps what set holds, ^ flips what the result holds */
        Object *holder = op == OP_BITAND ? set : result;
        int in_self = op == OP_BITAND || op == OP_BITXOR ? contains(holder, item) : 0;
        if (in_self < 0)
            done = NULL;
        else if (op == OP_BITOR || (op == OP_BITAND && in_self) || (op == OP_BITXOR && !in_self))
            done = weakset_add(result, &item, 1);
        else if (op == OP_SUB || op == OP_BITXOR)
            done = take_out(result, item, false);
        else
            done = newref(None); /* not in both */
        if (done == NULL) {
            decref(result);
            result = NULL;
        }
        xdecref(done);
    }
    xdecref(theirs);
    return result;
}

/* union(other), intersection(other), ...: the operators, with any iterable */
static Object *weakset_union(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return weakset_binary_op(OP_BITOR, self, args[0]);
}

static Object *weakset_intersection(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return weakset_binary_op(OP_BITAND, self, args[0]);
}

static Object *weakset_difference(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return weakset_binary_op(OP_SUB, self, args[0]);
}

static Object *weakset_symmetric_difference(Object *self, Object **args, size_t nargs)
{
    (void)nargs;
    return weakset_binary_op(OP_BITXOR, self, args[0]);
}

static Object *weakset_copy(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return copy_of(self);
}

const BuiltinDef weakset_methods[] = {
    {"add", weakset_add, 1, 1, ARGS_POSITIONAL},
    {"discard", weakset_discard, 1, 1, ARGS_POSITIONAL},
    {"remove", weakset_remove, 1, 1, ARGS_POSITIONAL},
    {"union", weakset_union, 1, 1, ARGS_POSITIONAL},
    {"intersection", weakset_intersection, 1, 1, ARGS_POSITIONAL},
    {"difference", weakset_difference, 1, 1, ARGS_POSITIONAL},
    {"symmetric_difference", weakset_symmetric_difference, 1, 1, ARGS_POSITIONAL},
    {"copy", weakset_copy, 0, 0, ARGS_NONE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

Object *weakset_construct(Object *type, Object **args, size_t nargs)
{
    (void)type;
    if (nargs > 1)
        return raise("TypeError", "WeakSet.__init__() takes from 1 to 2 positional arguments "
                     "but %zu were given", nargs + 1);
    Object *members = nargs > 0 ? list_from_iterable(args[0]) : NULL;
    if (nargs > 0 && members == NULL)
        return NULL;
    Object *dict = weakkeydict_new();
    Object *op = object_new(&WeakSetType, 0);
    ((WeakSet *)op)->dict = dict;
    gc_track(op);
    for (size_t i = 0; members != NULL && i < list_size(members); i++)
        if (weakdict_set_item(dict, list_getitem(members, i), None) < 0) {
            decref(op);
            op = NULL;
            break;
        }
    xdecref(members);
    return op;
}

/* As CPython's: the repr of the set of weak references beneath, "set()"
 * when empty. */
Object *weakset_repr(Object *set)
{
    Object *dict = weakset_dict(set);
    if (dict == NULL || weakdict_length(dict) == 0)
        return str_new("set()");
    Object *text = str_new("{");
    size_t pos = 0;
    Object *member, *value;
    bool first = true;
    while (weakdict_next(dict, &pos, &member, &value)) {
        char piece[MEMBER_REPR_MAX];
        snprintf(piece, sizeof piece, "%s<weakref at %p; to '%s' at %p>", first ? "" : ", ",
                 (void *)weakref_first(member), type_name(member), (void *)member);
        Object *part = str_new(piece);
        Object *joined = binary_op(OP_ADD, text, part);
        decref(text);
        decref(part);
        text = joined;
        first = false;
    }
    Object *close = str_new("}");
    Object *result = binary_op(OP_ADD, text, close);
    decref(text);
    decref(close);
    return result;
}
