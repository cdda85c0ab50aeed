/* arguments.c: a call's arguments, from the caller's expressions to the
 * callee's parameters.  Chapter 2 (the runner).  CPython: Python/ceval.c
 * (initialize_locals, missing_arguments, too_many_positional, and the
 * unpacking of CALL_FUNCTION_EX) and Objects/call.c.
 *
 * Every argument is a reference that moves: from the caller's evaluation
 * into the array, from the array into a parameter's slot, a *args tuple or
 * a **kwargs dict.  One that finds no place is released where the call
 * fails, so that a wrong call leaks nothing. */
#include "arguments.h"

#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "instance.h"
#include "list.h"
#include "ops.h"
#include "protocols.h"
#include "str.h"

/* Room for the name of a callable in an error message; a longer one is
 * cut. */
#define FUNCTION_STR_MAX 256
/* Room for the list of missing parameters' names in an error; a longer
 * list is cut. */
#define MISSING_NAMES_MAX 256

size_t keyword_count(const Object *kwnames)
{
    return kwnames ? (size_t)((const Tuple *)kwnames)->ob.size : 0;
}

/* --- the caller's side ----------------------------------------------- */

/* A growing array of references. */
typedef struct Refs {
    Object **items;
    size_t count, capacity;
} Refs;

static void refs_add(Refs *refs, Object *item)
{
    if (refs->count == refs->capacity) {
        refs->capacity = refs->capacity ? 2 * refs->capacity : 8;
        refs->items = realloc(refs->items, refs->capacity * sizeof *refs->items);
        if (refs->items == NULL)
            fatal_out_of_memory("evaluating arguments");
    }
    refs->items[refs->count++] = item;
}

static void refs_free(Refs *refs)
{
    release_all(refs->items, refs->count);
    free(refs->items);
}

/* How CPython 3.11's errors about a call name the callable
 * (_PyObject_FunctionStr): "__main__.f()", "__main__.A.m()", "print()". */
static void function_str(Object *callable, char *out, size_t size)
{
    if (callable->type == &MethodType)
        callable = ((Method *)callable)->function;
    Object *key = str_new("__name__");
    Object *module = dict_getitem(interp.globals, key);
    decref(key);
    const char *prefix = module && module->type == &StrType ? str_chars(module) : "__main__";
    if (callable->type == &FunctionType)
        snprintf(out, size, "%s.%s()", prefix, str_chars(((Function *)callable)->qualname));
    else if (callable->type == &ClassType)
        snprintf(out, size, "%s.%s()", prefix, str_chars(((Class *)callable)->name));
    else if (callable->type == &BuiltinType)
        snprintf(out, size, "%s()", ((Builtin *)callable)->def->name);
    else if (callable->type == &TypeObjectType)
        snprintf(out, size, "%s()", ((TypeObject *)callable)->type->name);
    else
        snprintf(out, size, "%s object", type_name(callable));
}

/* *iterable: its items become positional arguments. */
static int unpack_iterable(Object *callable, Object *iterable, Refs *positional)
{
    Iter it;
    if (iter_start(&it, iterable) < 0) {
        /* an error of the class's own __iter__ goes on as it is */
        if (is_instance(iterable) && has_special(iterable, "__iter__"))
            return -1;
        error_clear();
        char name[FUNCTION_STR_MAX];
        function_str(callable, name, sizeof name);
        raise("TypeError", "%s argument after * must be an iterable, not %s", name,
              type_name(iterable));
        return -1;
    }
    Object *item;
    while ((item = iter_next(&it)) != NULL)
        refs_add(positional, item);
    iter_end(&it);
    return error_occurred() ? -1 : 0;
}

/* The keyword arguments evaluated so far; `seen` (a dict, made at the
 * first) finds a repeated name in one probe, however many there are. */
typedef struct Keywords {
    Refs names, values;
    Object *seen;
} Keywords;

static void keywords_free(Keywords *kw)
{
    refs_free(&kw->names);
    refs_free(&kw->values);
    xdecref(kw->seen);
}

static int add_keyword(Object *callable, Keywords *kw, Object *name, Object *value)
{
    if (kw->seen == NULL)
        kw->seen = dict_new();
    if (dict_getitem(kw->seen, name) != NULL) {
        char fname[FUNCTION_STR_MAX];
        function_str(callable, fname, sizeof fname);
        raise("TypeError", "%s got multiple values for keyword argument '%s'", fname,
              str_chars(name));
        return -1;
    }
    dict_setitem(kw->seen, name, None);
    refs_add(&kw->names, newref(name));
    refs_add(&kw->values, newref(value));
    return 0;
}

/* **mapping: its items become keyword arguments. */
static int unpack_mapping(Object *callable, Object *mapping, Keywords *kw)
{
    if (mapping->type != &DictType) {
        char name[FUNCTION_STR_MAX];
        function_str(callable, name, sizeof name);
        raise("TypeError", "%s argument after ** must be a mapping, not %s", name,
              type_name(mapping));
        return -1;
    }
    size_t pos = 0;
    Object *key, *value;
    while (dict_next(mapping, &pos, &key, &value)) {
        if (key->type != &StrType) {
            raise("TypeError", "keywords must be strings");
            return -1;
        }
        if (add_keyword(callable, kw, key, value) < 0)
            return -1;
    }
    return 0;
}

static int eval_argument(Frame *f, Object *callable, Node *arg, Refs *positional, Keywords *kw)
{
    Object *value = eval(f, arg->kind == N_STARRED || arg->kind == N_KEYWORD ? arg->a : arg);
    if (value == NULL)
        return -1;
    int status = 0;
    if (arg->kind == N_STARRED)
        status = unpack_iterable(callable, value, positional);
    else if (arg->kind == N_KEYWORD && arg->value == NULL)
        status = unpack_mapping(callable, value, kw);
    else if (arg->kind == N_KEYWORD)
        status = add_keyword(callable, kw, arg->value, value);
    else
        refs_add(positional, newref(value));
    decref(value);
    return status;
}

Object **eval_arguments(Frame *f, Object *callable, NodeList *nodes, size_t extra, size_t *nargs,
                        Object **kwnames)
{
    Refs positional = {0};
    Keywords kw = {0};
    for (size_t i = 0; i < nodes->count; i++)
        if (eval_argument(f, callable, nodes->items[i], &positional, &kw) < 0) {
            refs_free(&positional);
            keywords_free(&kw);
            return NULL;
        }
    size_t nkw = kw.values.count;
    Object **args = calloc(extra + positional.count + nkw + 1, sizeof *args);
    if (args == NULL)
        fatal_out_of_memory("evaluating arguments");
    for (size_t i = 0; i < positional.count; i++)
        args[extra + i] = positional.items[i];
    for (size_t i = 0; i < nkw; i++)
        args[extra + positional.count + i] = kw.values.items[i];
    *nargs = positional.count;
    *kwnames = nkw ? tuple_from(kw.names.items, nkw) : NULL;
    free(positional.items);
    free(kw.values.items);
    free(kw.names.items);
    xdecref(kw.seen);
    return args;
}

int eval_default_values(Frame *f, const Node *def, size_t from, size_t to, Refs *values)
{
    for (size_t i = from; i < to; i++) {
        Node *param = def->items.items[i];
        if (param->a == NULL)
            continue;
        Object *value = eval(f, param->a);
        if (value == NULL)
            return -1;
        refs_add(values, value);
    }
    return 0;
}

/* A comprehension is a function whose one parameter, ".0", is its first
 * iterable; its items are its for clauses, not parameters. */
static bool is_comprehension(const Node *n)
{
/*< 5 comprehension_kinds
    return n->kind == N_LISTCOMP || n->kind == N_SETCOMP || n->kind == N_DICTCOMP;
*/
//> 5 genexp_is_comprehension
    return n->kind == N_LISTCOMP || n->kind == N_SETCOMP || n->kind == N_DICTCOMP ||
           n->kind == N_GENEXP; /* a generator expression, laid out as one */
//< 5 genexp_is_comprehension
}

int eval_defaults(Frame *f, Node *def, Object **defaults, Object **kwdefaults)
{
    if (is_comprehension(def)) {
        *defaults = *kwdefaults = NULL;
        return 0;
    }
    size_t npositional = def->items.count - (size_t)def->nkwonly - def->varargs - def->varkw;
    Refs values = {0};
    *defaults = *kwdefaults = NULL;
    if (eval_default_values(f, def, 0, npositional, &values) < 0) {
        refs_free(&values);
        return -1;
    }
    if (values.count > 0)
        *defaults = tuple_from(values.items, values.count);
    values.count = 0;
    if (eval_default_values(f, def, npositional, npositional + (size_t)def->nkwonly, &values) < 0) {
        refs_free(&values);
        xdecref(*defaults);
        return -1;
    }
    if (values.count > 0)
        *kwdefaults = dict_new();
    for (size_t i = npositional, k = 0; k < values.count; i++)
        if (def->items.items[i]->a != NULL)
            dict_setitem(*kwdefaults, def->items.items[i]->value, values.items[k++]);
    refs_free(&values);
    return 0;
}

/* --- the callee's side ----------------------------------------------- */

/* The parameters of a def, counted as CPython's code objects count them. */
typedef struct Signature {
    size_t argcount;     /* positional parameters */
    size_t total;        /* positional and keyword-only */
    size_t ndefaults;    /* of the positional ones */
} Signature;

static Signature signature_of(const Function *fn)
{
    const Node *def = fn->code;
    Signature sig;
    sig.total = is_comprehension(def) ? 1 : def->items.count - def->varargs - def->varkw;
    sig.argcount = sig.total - (size_t)def->nkwonly;
    sig.ndefaults = fn->defaults ? (size_t)((Tuple *)fn->defaults)->ob.size : 0;
    return sig;
}

static bool same_name(const Object *a, const Object *b)
{
    return a == b || (str_length(a) == str_length(b) &&
                      memcmp(str_chars(a), str_chars(b), str_length(a)) == 0);
}

/* "f() missing 2 required positional arguments: 'a' and 'b'": the empty
 * slots in [start, end). */
static int missing_arguments(const Function *fn, Object **slots, size_t start, size_t end,
                             const char *kind)
{
    Object **names = fn->code->scope->slot_names;
    size_t count = 0, listed = 0;
    for (size_t i = start; i < end; i++)
        count += slots[i] == NULL;
    char missing[MISSING_NAMES_MAX] = "";
    for (size_t i = start; i < end; i++) {
        if (slots[i] != NULL)
            continue;
        listed++;
        const char *sep = listed == 1 ? "" : count == 2 ? " and " : listed == count ? ", and " : ", ";
        size_t used = strlen(missing);
        snprintf(missing + used, sizeof missing - used, "%s'%s'", sep, str_chars(names[i]));
    }
    raise("TypeError", "%s() missing %zu required %s argument%s: %s", str_chars(fn->qualname),
          count, kind, count == 1 ? "" : "s", missing);
    return -1;
}

static int too_many_positional(const Function *fn, Object **slots, const Signature *sig,
                               size_t given)
{
    size_t kwonly_given = 0;
    for (size_t i = sig->argcount; i < sig->total; i++)
        kwonly_given += slots[i] != NULL;
    char takes[MISSING_NAMES_MAX], kwonly[MISSING_NAMES_MAX] = "";
    if (sig->ndefaults > 0)
        snprintf(takes, sizeof takes, "from %zu to %zu positional arguments",
                 sig->argcount - sig->ndefaults, sig->argcount);
    else
        snprintf(takes, sizeof takes, "%zu positional argument%s", sig->argcount,
                 sig->argcount == 1 ? "" : "s");
    if (kwonly_given > 0)
        snprintf(kwonly, sizeof kwonly, " positional argument%s (and %zu keyword-only argument%s)",
                 given == 1 ? "" : "s", kwonly_given, kwonly_given == 1 ? "" : "s");
    raise("TypeError", "%s() takes %s but %zu%s %s given", str_chars(fn->qualname), takes, given,
          kwonly, given == 1 && kwonly_given == 0 ? "was" : "were");
    return -1;
}

/* Each keyword argument to its parameter, or into **kwargs. */
static int bind_keywords(const Function *fn, Object **slots, const Signature *sig,
                         Object **values, const Object *kwnames, Object *kwargs)
{
    Object **slot_names = fn->code->scope->slot_names;
    for (size_t k = 0; k < keyword_count(kwnames); k++) {
        Object *name = ((const Tuple *)kwnames)->items[k];
        size_t i = 0;
        while (i < sig->total && !same_name(slot_names[i], name))
            i++;
        if (i == sig->total && kwargs != NULL) {
            dict_setitem(kwargs, name, values[k]);
            continue;
        }
        if (i == sig->total || slots[i] != NULL) {
            raise("TypeError", i == sig->total ? "%s() got an unexpected keyword argument '%s'"
                                               : "%s() got multiple values for argument '%s'",
                  str_chars(fn->qualname), str_chars(name));
            return -1;
        }
        slots[i] = values[k];
        values[k] = NULL;
    }
    return 0;
}

/* The parameters no argument filled take their defaults. */
static int apply_defaults(const Function *fn, Object **slots, const Signature *sig)
{
    size_t first_default = sig->argcount - sig->ndefaults;
    for (size_t i = 0; i < first_default; i++)
        if (slots[i] == NULL)
            return missing_arguments(fn, slots, 0, first_default, "positional");
    for (size_t i = first_default; i < sig->argcount; i++)
        if (slots[i] == NULL)
            slots[i] = newref(((Tuple *)fn->defaults)->items[i - first_default]);
    Object **slot_names = fn->code->scope->slot_names;
    bool missing = false;
    for (size_t i = sig->argcount; i < sig->total; i++) {
        Object *value = slots[i] || fn->kwdefaults == NULL ? NULL
                        : dict_getitem(fn->kwdefaults, slot_names[i]);
        if (value != NULL)
            slots[i] = newref(value);
        missing |= slots[i] == NULL;
    }
    return missing ? missing_arguments(fn, slots, sig->argcount, sig->total, "keyword-only") : 0;
}

int bind_arguments(const Function *fn, Object **slots, Object **args, size_t nargs,
                   const Object *kwnames)
{
    Signature sig = signature_of(fn);
    const Node *def = fn->code;
    size_t nkw = keyword_count(kwnames);
    size_t n = nargs < sig.argcount ? nargs : sig.argcount;
    for (size_t i = 0; i < n; i++) {
        slots[i] = args[i];
        args[i] = NULL;
    }
    if (def->varargs) {
        slots[sig.total] = tuple_from(args + n, nargs - n);
        for (size_t i = n; i < nargs; i++)
            args[i] = NULL;
    }
    Object *kwargs = NULL;
    if (def->varkw)
        kwargs = slots[sig.total + def->varargs] = dict_new();
    int status = bind_keywords(fn, slots, &sig, args + nargs, kwnames, kwargs);
    if (status == 0 && nargs > sig.argcount && !def->varargs)
        status = too_many_positional(fn, slots, &sig, nargs);
    if (status == 0)
        status = apply_defaults(fn, slots, &sig);
    release_all(args, nargs + nkw);
    return status;
}
