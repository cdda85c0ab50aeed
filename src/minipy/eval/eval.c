/* eval.c: evaluating expressions and running statements.  Chapter 2 (the
 * runner).  CPython: Python/ceval.c.
 *
 * Order is observable (a collection counts; from chapter 5, a finalizer
 * prints), so each
 * step releases its references where CPython 3.11's bytecode does: the
 * operands of an operator as soon as it has its result, the items of a
 * display only once the list or dict holding them is built. */
#include "interp.h"

#include <stdlib.h>

#include "account.h"
#include "arguments.h"
#include "call.h"
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "exceptions.h"
#include "frameobject.h"
//> 5 include_generator
#include "generator.h"
//< 5 include_generator
//> 5 include_finalizer
#include "finalizer.h"
//< 5 include_finalizer
#include "inherit.h"
//> 5 include_iterobject
#include "iterobject.h"
//< 5 include_iterobject
#include "instance.h"
#include "list.h"
#include "methods.h"
#include "minipy.h"
#include "modules.h"
#include "ops.h"
#include "buf.h"
#include "format.h"
#include "set.h"
#include "slice.h"
#include "protocols.h"
#include "str.h"

/* Evaluate each node of a list into a new array; NULL on an error, with
 * everything evaluated so far released.  `extra` leading slots are left for
 * the caller. */
static Object **eval_all(Frame *f, NodeList *nodes, size_t extra)
{
    Object **values = calloc(nodes->count + extra + 1, sizeof *values);
    if (values == NULL)
        fatal_out_of_memory("evaluating arguments");
    for (size_t i = 0; i < nodes->count; i++) {
        values[extra + i] = eval(f, nodes->items[i]);
        if (values[extra + i] == NULL) {
            release_all(values, extra + i);
            free(values);
            return NULL;
        }
    }
    return values;
}

/* --- names ----------------------------------------------------------- */

static Object *unbound_local(Object *name)
{
    return raise("UnboundLocalError",
                 "cannot access local variable '%s' where it is not associated with a value",
                 str_chars(name));
}

static Object *lookup_global(Frame *f, Object *ns, Object *name)
{
    Object *value = ns ? dict_getitem(ns, name) : NULL;
    if (value == NULL && ns != f->globals)
        value = dict_getitem(f->globals, name);
    if (value == NULL)
        value = dict_getitem(interp.builtins, name);
    if (value == NULL)
        value = builtin_class(str_chars(name));
    if (value == NULL)
        return raise("NameError", "name '%s' is not defined", str_chars(name));
    return newref(value);
}

static Object *load_name(Frame *f, Node *n)
{
    Object *value;
    switch (n->name_kind) {
    case NAME_FAST:
        value = f->slots[n->slot];
        return value ? newref(value) : unbound_local(n->value);
    case NAME_CELL: case NAME_FREE:
        value = ((Cell *)f->slots[n->slot])->contents;
        if (value != NULL)
            return newref(value);
        if (n->name_kind == NAME_CELL)
            return unbound_local(n->value);
        return raise("NameError", "cannot access free variable '%s' where it is not "
                                  "associated with a value in enclosing scope",
                     str_chars(n->value));
    case NAME_GLOBAL:
        return lookup_global(f, NULL, n->value);
    default:
        return lookup_global(f, f->ns, n->value);
    }
}

/* Bind a name to value (borrowed): the new reference is stored before the
 * old one is released, as STORE_FAST does. */
void store_name(Frame *f, NameKind kind, int slot, Object *name, Object *value)
{
    Object **place;
    switch (kind) {
    case NAME_FAST:
        place = &f->slots[slot];
        break;
    case NAME_CELL: case NAME_FREE:
        place = &((Cell *)f->slots[slot])->contents;
        break;
    default:
        dict_setitem(kind == NAME_GLOBAL ? f->globals : f->ns, name, value);
        return;
    }
    Object *old = *place;
    *place = newref(value);
    xdecref(old);
}

static int delete_name(Frame *f, Node *n)
{
    Object **place = NULL;
    if (n->name_kind == NAME_FAST)
        place = &f->slots[n->slot];
    else if (n->name_kind == NAME_CELL || n->name_kind == NAME_FREE)
        place = &((Cell *)f->slots[n->slot])->contents;
    if (place != NULL) {
        Object *old = *place;
        if (old == NULL) {
            unbound_local(n->value);
            return -1;
        }
        *place = NULL;
        decref(old);
        return 0;
    }
    Object *ns = n->name_kind == NAME_GLOBAL ? f->globals : f->ns;
    if (!dict_delitem(ns, n->value)) {
        raise("NameError", "name '%s' is not defined", str_chars(n->value));
        return -1;
    }
    return 0;
}

void bind_name(Frame *f, Node *target, Object *value)
{
    store_name(f, target->name_kind, target->slot, target->value, value);
}

void unbind_name(Frame *f, Node *target)
{
    if (delete_name(f, target) < 0)
        error_clear();
}

/* --- expressions ----------------------------------------------------- */

/* The closure a def or lambda captures: the cells of the running frame that
 * hold its free variables. */
static Object *make_closure(Frame *f, const Scope *inner)
{
    size_t count = (size_t)(inner->nslots - inner->first_free);
    if (count == 0)
        return NULL;
    Object **cells = calloc(count, sizeof *cells);
    if (cells == NULL)
        fatal_out_of_memory("making a closure");
    for (size_t i = 0; i < count; i++)
        cells[i] = newref(f->slots[inner->closure_from[i]]);
    Object *closure = tuple_from(cells, count);
    free(cells);
    return closure;
}

static Object *make_function(Frame *f, Node *n)
{
    Object *defaults, *kwdefaults;
    if (eval_defaults(f, n, &defaults, &kwdefaults) < 0)
        return NULL;
    Object *closure = make_closure(f, n->scope);
    Object *function = function_new(n, f->globals, closure, n->scope->qualname);
    xdecref(closure);
    ((Function *)function)->defaults = defaults;
    ((Function *)function)->kwdefaults = kwdefaults;
    return function;
}

/* data and text (data): a constant the compiler folds (-1 is one). */
static bool is_constant(const Node *n)
{
    return n->kind == N_CONST || (n->kind == N_UNARY && n->op != OP_NOT && n->a->kind == N_CONST);
}

/* {a, b, c}: the items added in order, as BUILD_SET.  CPython 3.11 folds a
 * display of more than two constants into a frozenset constant, which its
 * compiler then rebuilds from its own order: the keys end up inserted
 * twice, which can change where colliding ones sit.  Ours does the same,
 * so that such a set prints in CPython's order. */
#define SET_FOLD_MIN_ITEMS 3

static Object *set_display(Node *n, Object **items)
{
    Object *result = set_new(NULL);
    for (size_t i = 0; i < n->items.count; i++)
        if (set_add(result, items[i]) < 0) {
            decref(result);
            return NULL;
        }
    bool folded = n->items.count >= SET_FOLD_MIN_ITEMS;
    for (size_t i = 0; folded && i < n->items.count; i++)
        folded = is_constant(n->items.items[i]);
    if (folded) { /* rebuilt key by key, then merged into a new set */
        Object *keys = list_from_iterable(result);
        Object *rebuilt = set_new(keys);
        decref(keys);
        decref(result);
        result = set_new(rebuilt);
        decref(rebuilt);
    }
    return result;
}

/* @first @second def f() (or class C): the decorators were evaluated
 * first; the function or class made (`value`, STOLEN, or NULL on an error)
 * is passed to each, the innermost first, and bound to its name.  The
 * decorators array is freed. */
static int decorate(Frame *f, Node *n, Object **decorators, Object *value)
{
    for (size_t i = n->orelse.count; value != NULL && i-- > 0;) {
        Object *arg = value;
        value = call_object(decorators[i], &arg, 1);
        decref(decorators[i]);
        decorators[i] = NULL;
    }
    release_all(decorators, n->orelse.count);
    free(decorators);
    if (value == NULL)
        return -1;
    store_name(f, n->name_kind, n->slot, n->value, value);
    decref(value);
    return 0;
}

static int exec_def(Frame *f, Node *n)
{
    Object **decorators = eval_all(f, &n->orelse, 0);
    return decorators ? decorate(f, n, decorators, make_function(f, n)) : -1;
}

static bool has_starred(const NodeList *items)
{
    for (size_t i = 0; i < items->count; i++)
        if (items->items[i]->kind == N_STARRED)
            return true;
    return false;
}

/* [a, *b] or (a, *b): the items go in one at a time, a starred one's
 * iterated in place, as CPython 3.11's BUILD_LIST, LIST_APPEND and
 * LIST_EXTEND (then LIST_TO_TUPLE for a tuple). */
static Object *eval_starred_display(Frame *f, Node *n)
{
    Object *result = list_new();
    for (size_t i = 0; i < n->items.count; i++) {
        Node *each = n->items.items[i];
        Object *value = eval(f, each->kind == N_STARRED ? each->a : each);
        if (value == NULL) {
            decref(result);
            return NULL;
        }
        if (each->kind != N_STARRED) {
            list_append(result, value);
            decref(value);
            continue;
        }
        Iter it;
        if (iter_start(&it, value) < 0) {
            /* a set display's SET_UPDATE keeps iter()'s own message */
            if (n->kind != N_SET && (!is_instance(value) || !has_special(value, "__iter__"))) {
                error_clear();
                raise("TypeError", "Value after * must be an iterable, not %s",
                      type_name(value));
            }
            decref(value);
            decref(result);
            return NULL;
        }
        decref(value);
        if (iter_drain(&it, result) < 0) {
            decref(result);
            return NULL;
        }
    }
    if (n->kind == N_LIST)
        return result;
    if (n->kind == N_SET) {
        Object *set = set_new(result);
        decref(result);
        return set;
    }
    return tuple_from_list(result);
}

/* a if test else b: only the branch the test picks is evaluated. */
static Object *eval_ifexp(Frame *f, Node *n)
{
    Object *test = eval(f, n->items.items[1]);
    if (test == NULL)
        return NULL;
    int truth = user_truth(test);
    decref(test);
    return truth < 0 ? NULL : eval(f, n->items.items[truth ? 0 : 2]);
}

static Object *eval_display(Frame *f, Node *n)
{
    if (has_starred(&n->items))
        return eval_starred_display(f, n);
    Object **items = eval_all(f, &n->items, 0);
    if (items == NULL)
        return NULL;
    Object *result;
    if (n->kind == N_TUPLE) {
        result = tuple_from(items, n->items.count);
    } else if (n->kind == N_SET) {
        result = set_display(n, items);
        release_all(items, n->items.count);
    } else {
        result = list_new();
        for (size_t i = 0; i < n->items.count; i++)
            list_append(result, items[i]);
        release_all(items, n->items.count);
    }
    free(items);
    return result;
}

/* {k: v, **m}: each pair stored, each mapping merged, in order, as
 * CPython 3.11's DICT_UPDATE does. */
static Object *eval_dict_unpacking(Frame *f, Node *n)
{
    Object *dict = dict_new();
    for (size_t i = 0; dict != NULL && i < n->items.count; i++) {
        Node *key_node = n->items.items[i];
        bool merge = key_node->kind == N_STARRED;
        Object *key = eval(f, merge ? key_node->a : key_node);
        Object *value = key && !merge ? eval(f, n->body.items[i]) : NULL;
        bool ok = key != NULL && (merge || value != NULL);
        if (ok && merge && key->type != &DictType) {
            raise("TypeError", "'%s' object is not a mapping", type_name(key));
            ok = false;
        }
        if (ok)
            ok = merge ? dict_merge(dict, key)
                       : check_hashable(key) && dict_setitem(dict, key, value);
        xdecref(key);
        xdecref(value);
        if (!ok) {
            decref(dict);
            dict = NULL;
        }
    }
    return dict;
}

/* {k0: v0, k1: v1}: evaluated k0, v0, k1, v1, as CPython 3.11 does. */
static Object *eval_dict(Frame *f, Node *n)
{
    if (has_starred(&n->items))
        return eval_dict_unpacking(f, n);
    size_t count = n->items.count;
    Object **pairs = calloc(2 * count + 1, sizeof *pairs);
    if (pairs == NULL)
        fatal_out_of_memory("evaluating a dict display");
    Object *dict = NULL;
    size_t done = 0;
    for (; done < 2 * count; done++) {
        Node *part = done % 2 ? n->body.items[done / 2] : n->items.items[done / 2];
        if ((pairs[done] = eval(f, part)) == NULL)
            break;
    }
    for (size_t i = 0; done == 2 * count && i < count; i++)
        if (!check_hashable(pairs[2 * i]))
            done = 0;
    if (done == 2 * count) {
        dict = dict_new();
        for (size_t i = 0; dict != NULL && i < count; i++)
            if (!dict_setitem(dict, pairs[2 * i], pairs[2 * i + 1])) {
                decref(dict); /* a key's __hash__ or __eq__ raised */
                dict = NULL;
            }
    }
    release_all(pairs, 2 * count);
    free(pairs);
    return dict;
}

/* obj.name(args): a method call that binds nothing (CPython's LOAD_METHOD),
 * so a call makes no bound-method object. */
static Object *eval_method_call(Frame *f, Node *n)
{
    Node *attr = n->a;
    Object *obj = eval(f, attr->a);
    if (obj == NULL)
        return NULL;
    const BuiltinDef *def = method_def(obj->type, str_chars(attr->value));
    Object *function = NULL;
    bool self_needed = false;
    if (def == NULL) {
        function = get_method(obj, attr->value, &self_needed);
        if (function == NULL || !self_needed) {
            /* not a method of the class: obj goes now, as LOAD_METHOD drops it */
            decref(obj);
            obj = NULL;
            if (function == NULL)
                return NULL;
        }
    }
    size_t nargs;
    Object *kwnames;
    Object **args = eval_arguments(f, function ? function : obj, &n->items, 1, &nargs, &kwnames);
    if (args == NULL) {
        xdecref(function);
        xdecref(obj);
        return NULL;
    }
    Object *result;
    if (def != NULL) {
        result = builtin_call_kw(def, obj, args + 1, nargs, kwnames);
        release_all(args + 1, nargs + keyword_count(kwnames));
        decref(obj);
    } else if (self_needed) {
        args[0] = obj;
        result = call_object_kw(function, args, nargs + 1, kwnames);
    } else {
        result = call_object_kw(function, args + 1, nargs, kwnames);
    }
    xdecref(kwnames);
    xdecref(function);
    free(args);
    return result;
}

static Object *eval_call(Frame *f, Node *n)
{
    if (n->a->kind == N_ATTR)
        return eval_method_call(f, n);
    Object *callable = eval(f, n->a);
    if (callable == NULL)
        return NULL;
    size_t nargs;
    Object *kwnames = NULL;
    Object **args = eval_arguments(f, callable, &n->items, 0, &nargs, &kwnames);
    Object *result = NULL;
    if (args != NULL)
        result = call_object_kw(callable, args, nargs, kwnames);
    decref(callable);
    xdecref(kwnames);
    free(args);
    return result;
}

static Object *eval_binop(Frame *f, Node *n)
{
    Object *a = eval(f, n->a);
    if (a == NULL)
        return NULL;
    Object *b = eval(f, n->b);
    if (b == NULL) {
        decref(a);
        return NULL;
    }
    Object *result = binary_op(n->op, a, b);
    decref(a);
    decref(b);
    return result;
}

/* a < b < c: each operand evaluated once, stopping at the first false. */
static Object *eval_compare(Frame *f, Node *n)
{
    Object *left = eval(f, n->items.items[0]);
    for (size_t i = 1; left != NULL; i++) {
        Object *right = eval(f, n->items.items[i]);
        if (right == NULL)
            break;
        Object *result = compare_op(n->ops[i - 1], left, right);
        decref(left);
        left = right;
        int truth = result == NULL || i + 1 == n->items.count ? 0 : user_truth(result);
        if (truth <= 0) {
            decref(right);
            if (truth < 0)
                decref(result);
            return truth < 0 ? NULL : result;
        }
        decref(result);
    }
    xdecref(left);
    return NULL;
}

/* and / or: the first operand that decides, as Python returns it. */
static Object *eval_bool(Frame *f, Node *n)
{
    Object *value = NULL;
    for (size_t i = 0; i < n->items.count; i++) {
        xdecref(value);
        value = eval(f, n->items.items[i]);
        if (value == NULL || i + 1 == n->items.count)
            break;  /* the last operand is the answer, its truth not asked */
        int truth = user_truth(value);
        if (truth < 0) {
            decref(value);
            return NULL;
        }
        if (truth == (n->kind == N_OR))
            break;
    }
    return value;
}

static Object *eval_subscript(Frame *f, Node *n)
{
    Object *obj = eval(f, n->a);
    if (obj == NULL)
        return NULL;
    Object *key = eval(f, n->b);
    Object *result = key ? get_item(obj, key) : NULL;
    decref(obj);
    xdecref(key);
    return result;
}

/* data and text (data): one replacement field of an f-string: the value,
 * then its spec, then the conversion and the formatting, in CPython
 * 3.11's order (FORMAT_VALUE converts once both are on the stack). */
static Object *eval_formatted(Frame *f, Node *n)
{
    Object *value = eval(f, n->a);
    if (value == NULL)
        return NULL;
    Object *spec = n->b ? eval(f, n->b) : str_new("");
    Object *converted = NULL, *result = NULL;
    if (spec != NULL)
        converted = n->slot == 'r' ? repr_of(value)
                    : n->slot == 's' ? str_of(value)
                    : n->slot == 'a' ? ascii_of(value)
                                     : newref(value);
    if (converted != NULL)
        result = format_object(converted, spec);
    decref(value);
    xdecref(spec);
    xdecref(converted);
    return result;
}

/* The pieces of an f-string, each a str, joined. */
static Object *eval_fstring(Frame *f, Node *n)
{
    Buf text = {0};
    for (size_t i = 0; i < n->items.count; i++) {
        Node *item = n->items.items[i];
        Object *piece = item->kind == N_CONST ? newref(item->value) : eval_formatted(f, item);
        if (piece == NULL)
            return buf_drop(&text);
        buf_add(&text, str_chars(piece), str_length(piece));
        decref(piece);
    }
    return buf_finish(&text);
}

/* data and text (data): lower:upper:step, a slice object, as CPython 3.11's
 * BUILD_SLICE makes one. */
static Object *eval_slice(Frame *f, Node *n)
{
    Object **parts = eval_all(f, &n->items, 0);
    if (parts == NULL)
        return NULL;
    Object *slice = slice_new(parts[0], parts[1], n->items.count == 3 ? parts[2] : None);
    release_all(parts, n->items.count);
    free(parts);
    return slice;
}

/* data and text (data): a comprehension is called as a function of one
 * argument, its first iterable, as CPython 3.11 makes and calls one. */
static Object *eval_comprehension(Frame *f, Node *n)
{
    Object *function = make_function(f, n);
    Object *iterable = eval(f, n->items.items[0]->b);
//> 5 genexp_iterator
    /* a generator expression's function is called with the iterator over
     * its first iterable, made here: `(x for x in 5)` fails at once */
    if (iterable != NULL && n->kind == N_GENEXP) {
        Object *iterator = get_iter(iterable);
        decref(iterable);
        iterable = iterator;
    }
//< 5 genexp_iterator
    Object *result = iterable ? call_object(function, &iterable, 1) : NULL;
    decref(function);
    return result;
}

static Object *eval_node(Frame *f, Node *n)
{
    Object *value, *result;
    switch (n->kind) {
    case N_CONST:
        return newref(n->value);
    case N_NAME:
        return load_name(f, n);
    case N_ATTR:
        value = eval(f, n->a);
        if (value == NULL)
            return NULL;
        result = get_attr(value, n->value);
        decref(value);
        return result;
    case N_SUBSCRIPT:
        return eval_subscript(f, n);
    case N_CALL:
        return eval_call(f, n);
    case N_LIST: case N_TUPLE: case N_SET:
        return eval_display(f, n);
    case N_DICT:
        return eval_dict(f, n);
    case N_LAMBDA:
        return make_function(f, n);
    case N_LISTCOMP: case N_SETCOMP: case N_DICTCOMP:
        return eval_comprehension(f, n);
    case N_BINOP:
        return eval_binop(f, n);
    case N_UNARY:
        value = eval(f, n->a);
        if (value == NULL)
            return NULL;
        result = unary_op(n->op, value);
        decref(value);
        return result;
    case N_COMPARE:
        return eval_compare(f, n);
    case N_AND: case N_OR:
        return eval_bool(f, n);
    case N_SLICE:
        return eval_slice(f, n);
    case N_FSTRING:
        return eval_fstring(f, n);
    case N_IFEXP:
        return eval_ifexp(f, n);
//> 5 eval_genexp
    case N_GENEXP:
        return eval_comprehension(f, n);
//< 5 eval_genexp
    default:
        return raise("SystemError", "not an expression");
    }
}

Object *eval(Frame *f, Node *n)
{
    if (++interp.eval_depth > MAX_EVAL_DEPTH) {
        interp.eval_depth--;
        return raise("RecursionError", "maximum recursion depth exceeded");
    }
    Object *result = eval_node(f, n);
    interp.eval_depth--;
    return result;
}

/* --- statements ------------------------------------------------------ */

/* Store value into an assignment target; STEALS value.  The references go
 * in the order of CPython 3.11's STORE_ATTR (value, owner) and STORE_SUBSCR
 * (value, container, key); a tuple or list of targets unpacks (unpack.c). */
int store_target(Frame *f, Node *target, Object *value)
{
    if (target->kind == N_TUPLE || target->kind == N_LIST)
        return unpack_store(f, target, value);
    if (target->kind == N_NAME) {
        store_name(f, target->name_kind, target->slot, target->value, value);
        decref(value);
        return 0;
    }
    Object *obj = eval(f, target->a);
    Object *key = obj && target->kind == N_SUBSCRIPT ? eval(f, target->b) : NULL;
    int status = -1;
    if (target->kind == N_ATTR && obj != NULL)
        status = set_attr(obj, target->value, value);
    else if (key != NULL)
        status = set_item(obj, key, value);
    decref(value);
    xdecref(obj);
    xdecref(key);
    return status;
}

/* del target: a tuple or list of targets deletes each, left to right. */
static int delete(Frame *f, Node *target)
{
    if (target->kind == N_NAME)
        return delete_name(f, target);
    if (target->kind == N_TUPLE || target->kind == N_LIST) {
        for (size_t i = 0; i < target->items.count; i++)
            if (delete(f, target->items.items[i]) < 0)
                return -1;
        return 0;
    }
    Object *obj = eval(f, target->a);
    if (obj == NULL)
        return -1;
    int status;
    if (target->kind == N_ATTR) {
        status = del_attr(obj, target->value);
    } else {
        Object *key = eval(f, target->b);
        status = key ? del_item(obj, key) : -1;
        xdecref(key);
    }
    decref(obj);
    return status;
}

/* target op= value: the target's parts are evaluated once.  The operands
 * go as soon as the operation has its result, then the result, the owner
 * and the key once it is stored, in CPython 3.11's order. */
static int augmented(Frame *f, Node *n)
{
    Node *target = n->a;
    Object *obj = NULL, *key = NULL, *current = NULL, *result = NULL;
    if (target->kind == N_NAME) {
        current = load_name(f, target);
    } else if ((obj = eval(f, target->a)) != NULL) {
        if (target->kind == N_ATTR)
            current = get_attr(obj, target->value);
        else if ((key = eval(f, target->b)) != NULL)
            current = get_item(obj, key);
    }
    Object *value = current ? eval(f, n->b) : NULL;
    if (value != NULL)
        result = inplace_op(n->op, current, value);
    xdecref(current);
    xdecref(value);
    int status = -1;
    if (result != NULL && target->kind == N_NAME) {
        store_name(f, target->name_kind, target->slot, target->value, result);
        status = 0;
    } else if (result != NULL) {
        status = target->kind == N_ATTR ? set_attr(obj, target->value, result)
                                        : set_item(obj, key, result);
    }
    xdecref(result);
    xdecref(obj);
    xdecref(key);
    return status;
}

/* A for or while loop's else: run when the loop ends without a break. */
static Exec loop_orelse(Frame *f, Node *n)
{
    Exec result = exec_block(f, &n->orelse);
//> 5 suspend_loop_orelse
    if (result == EXEC_YIELD)
        suspend_push(f, BLOCK_LOOP)->part = PART_ORELSE;
//< 5 suspend_loop_orelse
    return result;
}

/* The iterator over a for loop's iterable: 0, or -1 with an exception set. */
static int start_for(Frame *f, Node *n, Iter *it)
{
    Object *iterable = eval(f, n->b);
    if (iterable == NULL)
        return -1;
    int started = iter_start(it, iterable);
    decref(iterable);
    return started;
}

static Exec exec_for(Frame *f, Node *n)
{
    Iter it;
    Exec result = EXEC_NEXT;
/*< 5 for_start
    if (start_for(f, n, &it) < 0)
        return EXEC_ERROR;
*/
//> 5 resume_for
    if (resuming(f)) { /* back in its body, with its iterator, or in its else */
        ResumePoint p = resume_pop(f);
        if (p.part == PART_ORELSE)
            return loop_orelse(f, n);
        it = p.iter;
        result = exec_block(f, &n->body);
    } else if (start_for(f, n, &it) < 0) {
        return EXEC_ERROR;
    }
//< 5 resume_for
    Object *item = NULL;
    while (result == EXEC_NEXT || result == EXEC_CONTINUE) {
        f->line = n->line; /* an iterator that raises does so on the loop's line */
        if ((item = iter_next(&it)) == NULL)
            break;
        result = store_target(f, n->a, item) < 0 ? EXEC_ERROR : exec_block(f, &n->body);
    }
//> 5 suspend_for
    if (result == EXEC_YIELD) {
        suspend_push(f, BLOCK_LOOP)->iter = it;
        return result;
    }
//< 5 suspend_for
    iter_end(&it);
    if (item == NULL && error_occurred())
        return EXEC_ERROR;
    if (item == NULL && (result == EXEC_NEXT || result == EXEC_CONTINUE))
        return loop_orelse(f, n);
    return result == EXEC_BREAK ? EXEC_NEXT : result;
}

/* An if's or while's test: 1 or 0, or -1 with an exception set. */
static int truth_of(Frame *f, Node *test)
{
    Object *value = eval(f, test);
    if (value == NULL)
        return -1;
    int truth = user_truth(value);
    decref(value);
    return truth;
}

static Exec exec_while(Frame *f, Node *n)
{
    Exec result = EXEC_NEXT;
//> 5 resume_while
    if (resuming(f)) { /* back in its body or its else */
        if (resume_pop(f).part == PART_ORELSE)
            return loop_orelse(f, n);
        result = exec_block(f, &n->body);
    }
//< 5 resume_while
    for (;;) {
        if (result == EXEC_BREAK)
            return EXEC_NEXT;
        if (result == EXEC_RETURN || result == EXEC_ERROR)
            return result;
//> 5 suspend_while
        if (result == EXEC_YIELD) {
            suspend_push(f, BLOCK_LOOP)->part = PART_BODY;
            return result;
        }
//< 5 suspend_while
        int go_on = truth_of(f, n->a);
        if (go_on < 0)
            return EXEC_ERROR;
        if (!go_on)
            return loop_orelse(f, n);
        result = exec_block(f, &n->body);
    }
}

static Exec exec_if(Frame *f, Node *n)
{
/*< 5 if_test
    int taken = truth_of(f, n->a);
*/
//> 5 resume_if
    int taken = resuming(f) ? resume_pop(f).part == PART_BODY : truth_of(f, n->a);
//< 5 resume_if
    if (taken < 0)
        return EXEC_ERROR;
    Exec result = exec_block(f, taken ? &n->body : &n->orelse);
//> 5 suspend_if
    if (result == EXEC_YIELD)
        suspend_push(f, BLOCK_NONE)->part = taken ? PART_BODY : PART_ORELSE;
//< 5 suspend_if
    return result;
}

/* class Name: body.  The body runs in a frame of its own whose namespace
 * becomes the class's attributes. */
static int exec_class(Frame *f, Node *n)
{
    Scope *scope = n->scope;
    Object **decorators = eval_all(f, &n->orelse, 0);
    if (decorators == NULL)
        return -1;
    Object **bases = eval_all(f, &n->items, 0);
    if (bases == NULL)
        return decorate(f, n, decorators, NULL);
    Object *base_tuple = tuple_from(bases, n->items.count);
    free(bases);
    Object *ns = dict_new();
    Object **slots = calloc((size_t)scope->nslots + 1, sizeof *slots);
    if (slots == NULL)
        fatal_out_of_memory("running a class body");
    for (int i = scope->first_free; i < scope->nslots; i++)
        slots[i] = newref(f->slots[scope->closure_from[i - scope->first_free]]);
    Frame body = {.scope = scope, .globals = f->globals, .ns = ns, .slots = slots};
    Object *done = run_frame(&body, n);
    free(slots);
    if (done == NULL) {
        decref(ns);
        decref(base_tuple);
        return decorate(f, n, decorators, NULL);
    }
    decref(done);
    if (!prepare_special_methods(ns, str_chars(n->value))) {
        decref(ns);
        decref(base_tuple);
        return decorate(f, n, decorators, NULL);
    }
    Object *cls = class_new(str_chars(n->value), NULL);
    class_use_key_protocols(cls);
    int status = class_set_bases(cls, base_tuple);
    decref(base_tuple);
    if (status < 0) {
        decref(ns);
        decref(cls);
        return decorate(f, n, decorators, NULL);
    }
    size_t pos = 0;
    Object *key, *value;
    while (dict_next(ns, &pos, &key, &value))
        if (key->type == &StrType) /* a program can reach ns and add others */
            class_setattr(cls, str_chars(key), value);
//> 5 class_finalizer
    class_update_finalizer(cls);
//< 5 class_finalizer
    decref(ns);
    return decorate(f, n, decorators, cls);
}

static int exec_import(Frame *f, Node *n)
{
    Object *from = n->value ? import_module(n->value) : NULL;
    if (n->value != NULL && from == NULL)
        return -1;
    int status = 0;
    for (size_t i = 0; i < n->items.count && status == 0; i++) {
        Node *name = n->items.items[i];
        Object *value = from ? get_attr(from, name->value) : import_module(name->value);
        if (value == NULL && from != NULL) {
            error_clear();
            raise("ImportError", "cannot import name '%s' from '%s' (unknown location)",
                  str_chars(name->value), str_chars(n->value));
        }
        if (value == NULL) {
            status = -1;
            break;
        }
        store_name(f, name->name_kind, name->slot, name->value, value);
        decref(value);
    }
    xdecref(from);
    return status;
}

static int exec_assert(Frame *f, Node *n)
{
    Object *test = eval(f, n->a);
    if (test == NULL)
        return -1;
    int ok = user_truth(test);
    decref(test);
    if (ok != 0)
        return ok > 0 ? 0 : -1;
    if (n->b == NULL) {
        raise("AssertionError", "%s", "");
        return -1;
    }
    Object *message = eval(f, n->b);
    Object *text = message ? str_of(message) : NULL;
    if (text != NULL)
        raise("AssertionError", "%s", str_chars(text));
    xdecref(message);
    xdecref(text);
    return -1;
}

#define MAX_SWAPPED_ITEMS 3

/* `a, b = b, a`: CPython 3.11's compiler builds no tuple when the value is
 * a tuple display of as many items as the one target has, two or three (it
 * swaps them on the stack), or any number of constants (it loads a
 * constant tuple).  The items are evaluated and stored left to right. */
static bool unpacks_without_tuple(const Node *n)
{
    const Node *target = n->items.items[0], *value = n->a;
    if (n->items.count != 1 || (target->kind != N_TUPLE && target->kind != N_LIST) ||
        value->kind != N_TUPLE || value->items.count != target->items.count ||
        has_starred(&target->items) || has_starred(&value->items))
        return false;
    bool constant = true;
    for (size_t i = 0; i < value->items.count; i++)
        constant = constant && is_constant(value->items.items[i]);
    return constant || value->items.count <= MAX_SWAPPED_ITEMS;
}

static int assign_items(Frame *f, Node *n)
{
    NodeList *targets = &n->items.items[0]->items;
    Object **values = eval_all(f, &n->a->items, 0);
    if (values == NULL)
        return -1;
    int status = 0;
    for (size_t i = 0; i < targets->count; i++) {
        if (status == 0)
            status = store_target(f, targets->items[i], values[i]);
        else
            decref(values[i]);
    }
    free(values);
    return status;
}

/* t1 = t2 = value: every target but the last gets a new reference (as
 * CPython's DUP_TOP), the last takes the evaluated one. */
static int exec_assign(Frame *f, Node *n)
{
    if (unpacks_without_tuple(n))
        return assign_items(f, n);
    Object *value = eval(f, n->a);
    if (value == NULL)
        return -1;
    size_t last = n->items.count - 1;
    for (size_t i = 0; i < last; i++)
        if (store_target(f, n->items.items[i], newref(value)) < 0) {
            decref(value);
            return -1;
        }
    return store_target(f, n->items.items[last], value);
}

static int exec_simple(Frame *f, Node *n)
{
    Object *value;
    switch (n->kind) {
    case N_EXPR:
        value = eval(f, n->a);
        xdecref(value);
        return value ? 0 : -1;
    case N_ASSIGN:
        return exec_assign(f, n);
    case N_AUGASSIGN:
        return augmented(f, n);
    case N_DEL:
        for (size_t i = 0; i < n->items.count; i++)
            if (delete(f, n->items.items[i]) < 0)
                return -1;
        return 0;
    case N_DEF:
        return exec_def(f, n);
    case N_CLASS:
        return exec_class(f, n);
    case N_IMPORT:
        return exec_import(f, n);
    case N_ASSERT:
        return exec_assert(f, n);
    /* exceptions and with (exc) */
    case N_RAISE:
        return exec_raise(f, n);
    default: /* pass, global */
        return 0;
    }
}

bool take_step(void)
{
    /* Once reached, the limit stays: a gc callback that runs past it is
     * reported and ignored, and the program's next statement fails too. */
    if (interp.steps_left == 0) {
        raise("RuntimeError", "minipy: the program ran past its step limit");
        return false;
    }
    if (interp.steps_left > 0)
        interp.steps_left--;
    if (interp.max_live_bytes > 0 && account_total().live_bytes > interp.max_live_bytes) {
        raise("MemoryError", "minipy: the program's heap passed its limit");
        return false;
    }
    return true;
}

static Exec exec_statement(Frame *f, Node *n)
{
    f->line = n->line;
/*< 5 statement_step
    if (!take_step())
        return EXEC_ERROR;
*/
//> 5 statement_resumed
    if (!resuming(f) && !take_step())  /* a statement resumed was counted */
        return EXEC_ERROR;
    if (is_yield_statement(n))
        return exec_yield(f, n);
//< 5 statement_resumed
    switch (n->kind) {
    case N_IF:
        return exec_if(f, n);
    case N_WHILE:
        return exec_while(f, n);
    case N_FOR:
        return exec_for(f, n);
    /* exceptions and with (exc) */
    case N_TRY:
        return exec_try(f, n);
    case N_WITH:
        return exec_with(f, n);
    case N_BREAK:
        return EXEC_BREAK;
    case N_CONTINUE:
        return EXEC_CONTINUE;
    case N_RETURN:
        f->retval = n->a ? eval(f, n->a) : newref(None);
        return f->retval ? EXEC_RETURN : EXEC_ERROR;
    default:
        return exec_simple(f, n) < 0 ? EXEC_ERROR : EXEC_NEXT;
    }
}

Exec exec_block(Frame *f, NodeList *body)
{
    size_t i = 0;
//> 5 resume_block
    if (resuming(f))
        i = resume_pop(f).index;
//< 5 resume_block
    for (; i < body->count; i++) {
        Exec result = exec_statement(f, body->items[i]);
//> 5 suspend_block
        if (result == EXEC_YIELD)
            suspend_push(f, BLOCK_NONE)->index = i;
//< 5 suspend_block
        if (result != EXEC_NEXT)
            return result;
    }
    return EXEC_NEXT;
}

static Object *run_body(Frame *f, Node *code)
{
    if (code->kind == N_LAMBDA)
        return eval(f, code->a);
    if (code->kind == N_LISTCOMP || code->kind == N_SETCOMP || code->kind == N_DICTCOMP)
        return run_comprehension(f, code);
    Exec done = exec_block(f, &code->body);
    return done == EXEC_RETURN ? f->retval : done == EXEC_ERROR ? NULL : newref(None);
}

Object *run_frame(Frame *f, Node *code)
{
    f->back = interp.frame;
    interp.frame = f;
    f->line = code->line;
    Object *result = NULL;
    /* Every frame counts toward the recursion limit, the module's too, as
     * CPython 3.11 counts them. */
    if (enter_recursive("")) {
        result = run_body(f, code);
        leave_recursive();
    }
    if (result == NULL)
        error_traceback_here(f);
    frame_finish(f);
    return result;
}

void frame_finish(Frame *f)
{
    frame_object_detach(f);
    if (interp.frame == f)
        interp.frame = f->back;
    /* The frame's slots go in order: parameters, locals, cells, free
     * variables, as CPython 3.11 clears a frame. */
    for (int i = 0; i < f->scope->nslots; i++) {
        Object *value = f->slots[i];
        f->slots[i] = NULL;
        xdecref(value);
    }
}
