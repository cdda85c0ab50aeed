/* builtins.c: the built-in functions.  Chapter 2 (the runner).
 * CPython: Python/bltinmodule.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "format.h"
#include "inherit.h"
#include "instance.h"
#include "int.h"
#include "list.h"
#include "modules.h"
#include "ops.h"
#include "sort.h"
#include "protocols.h"
#include "str.h"

enum { PRINT_SEP, PRINT_END, PRINT_KEYWORDS };

/* sep= and end= of print: a str, or None for the default. */
static bool print_text(Object *value, const char *name, const char *fallback, Object **text)
{
    if (value == NULL || value == None) {
        *text = str_new(fallback);
        return true;
    }
    if (value->type == &StrType) {
        *text = newref(value);
        return true;
    }
    raise("TypeError", "%s must be None or a string, not %s", name, type_name(value));
    return false;
}

/* print(*args, sep=' ', end='\n'): str() of each, separated by sep, then
 * end. */
static Object *print_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self;
    Object *sep = NULL, *end = NULL;
    if (!print_text(kwargs[PRINT_SEP], "sep", " ", &sep) ||
        !print_text(kwargs[PRINT_END], "end", "\n", &end)) {
        xdecref(sep);
        return NULL;
    }
    Object *result = newref(None);
    for (size_t i = 0; i < nargs; i++) {
        Object *text = str_of(args[i]);
        if (text == NULL) {
            decref(result);
            result = NULL;
            break;
        }
        if (i > 0)
            fwrite(str_chars(sep), 1, str_length(sep), stdout);
        fwrite(str_chars(text), 1, str_length(text), stdout);
        decref(text);
    }
    if (result != NULL)
        fwrite(str_chars(end), 1, str_length(end), stdout);
    decref(sep);
    decref(end);
    return result;
}

static Object *builtin_print(Object *self, Object **args, size_t nargs)
{
    Object *defaults[PRINT_KEYWORDS] = {NULL};
    return print_keywords(self, args, nargs, defaults);
}

static const char *const print_keyword_names[] = {"sep", "end", NULL};

/* The tables keyword_def searches. */
/*< 7 keyword_tables
static const KeywordDef *const keyword_tables[] = {
    builtin_keyword_defs, list_keyword_defs, str_keyword_defs, enumerate_keyword_defs,
    type_keyword_defs,
};
*/
//> 7 keyword_tables
static const KeywordDef *const keyword_tables[] = {
    builtin_keyword_defs, list_keyword_defs, str_keyword_defs, enumerate_keyword_defs,
    type_keyword_defs, tracemalloc_keyword_defs, objgraph_keyword_defs,
};
//< 7 keyword_tables

const KeywordDef *keyword_def(BuiltinFn plain)
{
    for (size_t t = 0; t < sizeof keyword_tables / sizeof *keyword_tables; t++)
        for (const KeywordDef *kw = keyword_tables[t]; kw->plain != NULL; kw++)
            if (kw->plain == plain)
                return kw;
    return NULL;
}

Object *call_keywords_by_position(BuiltinKwFn fn, Object *self, Object **args, size_t nargs)
{
    Object *kwargs[BUILTIN_KEYWORDS_MAX] = {NULL};
    for (size_t i = 0; i < nargs; i++)
        kwargs[i] = args[i];
    return fn(self, args, nargs, kwargs);
}

static Object *builtin_len(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    long n = length(args[0]);
    return n < 0 ? NULL : int_new(n);
}

static Object *builtin_repr(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return repr_of(args[0]);
}

static Object *builtin_id(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return int_new((long)(intptr_t)args[0]);
}

static Object *builtin_abs(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    if (is_int(args[0]) && as_long(args[0]) < 0)
        return unary_op(OP_NEG, args[0]);
    return is_int(args[0]) ? int_new(as_long(args[0]))
                           : raise("TypeError", "bad operand type for abs(): '%s'",
                                   type_name(args[0]));
}

/* Is the built-in type `own` (a class's: ClassType) a subtype of `base`? */
static bool type_is_subtype(const Type *own, Object *base)
{
    if (base == object_class && base != NULL)
        return true;
    if (base->type != &TypeObjectType)
        return false;
    const Type *t = ((TypeObject *)base)->type;
    return own == t || (t == &IntType && own == &BoolType);
}

/* isinstance(obj, cls) when `instance` and issubclass(obj, cls) otherwise:
 * `cls` may be a tuple of classes, searched in order (CPython 3.11's
 * object_isinstance and object_issubclass, with the recursion check of
 * their tuple walks). */
static int check_class(Object *obj, Object *cls, bool instance)
{
    if (cls->type == &TupleType) {
        if (!enter_recursive(instance ? " in __instancecheck__" : " in __subclasscheck__"))
            return -1;
        int found = 0;
        for (size_t i = 0; found == 0 && i < ((Tuple *)cls)->ob.size; i++)
            found = check_class(obj, ((Tuple *)cls)->items[i], instance);
        leave_recursive();
        return found;
    }
    if (cls->type != &ClassType && cls->type != &TypeObjectType) {
        raise("TypeError", instance ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
                                    : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    if (instance && is_instance(obj))
        return class_is_subclass(instance_class(obj), cls);
    if (instance)
        return type_is_subtype(obj->type == &TypeObjectType ? &ClassType : obj->type, cls);
    if (obj->type == &ClassType)
        return class_is_subclass(obj, cls);
    if (obj->type != &TypeObjectType) {
        raise("TypeError", "issubclass() arg 1 must be a class");
        return -1;
    }
    const Type *t = ((TypeObject *)obj)->type;
    return type_is_subtype(t, cls);
}

static Object *builtin_isinstance(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    int found = check_class(args[0], args[1], true);
    return found < 0 ? NULL : bool_from(found);
}

static Object *builtin_issubclass(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    int found = check_class(args[0], args[1], false);
    return found < 0 ? NULL : bool_from(found);
}

static Object *builtin_getattr(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (args[1]->type != &StrType)
        return raise("TypeError", "attribute name must be string, not '%s'", type_name(args[1]));
    Object *value = get_attr(args[0], args[1]);
    if (value == NULL && nargs > 2 && strcmp(error_type(), "AttributeError") == 0) {
        error_clear();
        value = newref(args[2]);
    }
    return value;
}

static Object *builtin_hasattr(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    Object *value = builtin_getattr(NULL, args, 2);
    if (value == NULL && strcmp(error_type(), "AttributeError") == 0) {
        error_clear();
        return bool_from(false);
    }
    if (value == NULL)
        return NULL;
    decref(value);
    return bool_from(true);
}

/* sorted(iterable, /, *, key=None, reverse=False): its keywords are
 * list.sort's, and so are the errors they give. */
static Object *sorted_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self, (void)nargs;
    Object *list = list_from_iterable(args[0]);
    if (list == NULL)
        return NULL;
    Object *sorted = list_sort_keywords(list, NULL, 0, kwargs);
    if (sorted == NULL) {
        decref(list);
        return NULL;
    }
    decref(sorted);
    return list;
}

static Object *builtin_sorted(Object *self, Object **args, size_t nargs)
{
    Object *defaults[SORT_KEYWORDS] = {NULL};
    return sorted_keywords(self, args, nargs, defaults);
}

enum { EXTREME_KEY, EXTREME_DEFAULT, EXTREME_KEYWORDS };

/* What min() or max() compares an item by: key(item), or the item. */
static Object *extreme_key(Object *key, Object *item)
{
    Object *arg = newref(item);
    return key == NULL ? arg : call_object(key, &arg, 1);
}

/* min() and max(): of one iterable, or of several arguments; the first of
 * the items whose key is best. */
static Object *extreme(Object **args, size_t nargs, Object **kwargs, Op better, const char *name)
{
    Object *key = kwargs[EXTREME_KEY] == None ? NULL : kwargs[EXTREME_KEY];
    Object *fallback = kwargs[EXTREME_DEFAULT];
    if (fallback != NULL && nargs > 1)
        return raise("TypeError",
                     "Cannot specify a default for %s() with multiple positional arguments", name);
    Object *items = nargs == 1 ? list_from_iterable(args[0]) : NULL;
    if (nargs == 1 && items == NULL)
        return NULL;
    Object **candidates = items ? ((List *)items)->items : args;
    size_t count = items ? list_size(items) : nargs;
    Object *best = NULL, *best_key = NULL;
    if (count == 0 && fallback != NULL)
        best = newref(fallback);
    else if (count == 0)
        raise("ValueError", "%s() arg is an empty sequence", name);
    for (size_t i = 0; i < count; i++) {
        Object *item = newref(candidates[i]);
        Object *item_key = extreme_key(key, item);
        Object *wins = item_key == NULL ? NULL
                       : best_key ? compare_op(better, item_key, best_key) : newref(True);
        if (wins == True) {
            xdecref(best);
            xdecref(best_key);
            best = item;
            best_key = item_key;
        } else {
            decref(item);
            xdecref(item_key);
        }
        if (wins == NULL) {
            xdecref(best);
            best = NULL;
            break;
        }
        decref(wins);
    }
    xdecref(best_key);
    xdecref(items);
    return best;
}

static const char *const extreme_keyword_names[] = {"key", "default", NULL};

static Object *min_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self;
    return extreme(args, nargs, kwargs, OP_LT, "min");
}

static Object *max_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self;
    return extreme(args, nargs, kwargs, OP_GT, "max");
}

static Object *builtin_min(Object *self, Object **args, size_t nargs)
{
    Object *defaults[EXTREME_KEYWORDS] = {NULL};
    return min_keywords(self, args, nargs, defaults);
}

static Object *builtin_max(Object *self, Object **args, size_t nargs)
{
    Object *defaults[EXTREME_KEYWORDS] = {NULL};
    return max_keywords(self, args, nargs, defaults);
}

const KeywordDef builtin_keyword_defs[] = {
    {builtin_print, print_keyword_names, print_keywords, 0, NULL, false},
    {builtin_sorted, sort_keyword_names, sorted_keywords, 0, "sort", false},
    {builtin_min, extreme_keyword_names, min_keywords, 0, NULL, false},
    {builtin_max, extreme_keyword_names, max_keywords, 0, NULL, false},
    {NULL, NULL, NULL, 0, NULL, false},
};

/* Adds the items as they come, as CPython's sum does: an iterable that
 * makes its items one at a time (a generator) is never held whole. */
static Object *builtin_sum(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs > 1 && args[1]->type == &StrType)
        return raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
    Iter it;
    if (iter_start(&it, args[0]) < 0)
        return NULL;
    Object *total = nargs > 1 ? newref(args[1]) : int_new(0);
    Object *item;
    while (total != NULL && (item = iter_next(&it)) != NULL) {
        Object *next = binary_op(OP_ADD, total, item);
        decref(item);
        decref(total);
        total = next;
    }
    iter_end(&it);
    if (total != NULL && error_occurred()) {
        decref(total);
        return NULL;
    }
    return total;
}

/* data and text (data): all() and any() stop at the first item that
 * decides. */
static Object *first_deciding(Object *iterable, bool wanted)
{
    Iter it;
    if (iter_start(&it, iterable) < 0)
        return NULL;
    Object *item;
    bool found = false;
    while (!found && (item = iter_next(&it)) != NULL) {
        found = is_true(item) == wanted;
        decref(item);
    }
    iter_end(&it);
    if (error_occurred())
        return NULL;
    return bool_from(found == wanted);
}

static Object *builtin_all(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return first_deciding(args[0], false);
}

static Object *builtin_any(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)nargs;
    return first_deciding(args[0], true);
}

/* round(int, ndigits): to a multiple of 10**-ndigits, halves to even. */
static Object *builtin_round(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (!is_int(args[0]))
        return raise("TypeError", "type %s doesn't define __round__ method", type_name(args[0]));
    long value = as_long(args[0]);
    if (nargs < 2 || args[1] == None)
        return int_new(value);
    if (!is_int(args[1]))
        return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                     type_name(args[1]));
    long ndigits = as_long(args[1]);
    if (ndigits >= 0)
        return int_new(value);
    long unit = 1;
    for (long i = 0; i < -ndigits; i++)
        if (__builtin_mul_overflow(unit, 10, &unit))
            return int_new(0);
    long low = value / unit * unit - (value % unit < 0 ? unit : 0), rest = value - low;
    bool up = rest * 2 > unit || (rest * 2 == unit && (low / unit) % 2 != 0);
    long rounded = low;
    if (up && __builtin_add_overflow(low, unit, &rounded))
        return raise("OverflowError", "minipy's ints are 64-bit; the result does not fit");
    return int_new(rounded);
}

static const BuiltinDef builtin_functions[] = {
    {"print", builtin_print, 0, -1, ARGS_POSITIONAL},
    {"len", builtin_len, 1, 1, ARGS_ONE_INLINED},
    {"repr", builtin_repr, 1, 1, ARGS_ONE},
    {"id", builtin_id, 1, 1, ARGS_ONE},
    {"abs", builtin_abs, 1, 1, ARGS_ONE},
    {"isinstance", builtin_isinstance, 2, 2, ARGS_POSITIONAL},
    {"issubclass", builtin_issubclass, 2, 2, ARGS_POSITIONAL},
    {"getattr", builtin_getattr, 2, 3, ARGS_POSITIONAL},
    {"hasattr", builtin_hasattr, 2, 2, ARGS_POSITIONAL},
    {"sorted", builtin_sorted, 1, 1, ARGS_POSITIONAL},
    {"min", builtin_min, 1, -1, ARGS_POSITIONAL},
    {"max", builtin_max, 1, -1, ARGS_POSITIONAL},
    {"sum", builtin_sum, 1, 2, ARGS_TUPLE},
    /* data and text (data) */
    {"format", builtin_format, 1, 2, ARGS_TUPLE},
    {"ascii", builtin_ascii, 1, 1, ARGS_ONE},
    {"all", builtin_all, 1, 1, ARGS_ONE},
    {"any", builtin_any, 1, 1, ARGS_ONE},
    {"round", builtin_round, 1, 2, ARGS_TUPLE},
    {NULL, NULL, 0, 0, ARGS_POSITIONAL},
};

static void add_functions(Object *builtins, const BuiltinDef *table)
{
    for (const BuiltinDef *def = table; def->name != NULL; def++) {
        Object *name = str_new(def->name);
        Object *function = builtin_new(def, NULL);
        dict_setitem(builtins, name, function);
        decref(name);
        decref(function);
    }
}

Object *builtins_new(void)
{
    Object *builtins = dict_new();
    add_functions(builtins, builtin_functions);
    add_functions(builtins, object_builtins);
    Object *name = str_new("NotImplemented");
    dict_setitem(builtins, name, NotImplemented);
    decref(name);
    type_objects_register(builtins);
    inherit_init(builtins);
    return builtins;
}
