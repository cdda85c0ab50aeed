/* typeobject.c: int, str, list, ... as objects a program can call and test
 * with.  Chapter 2 (the runner).  CPython: Objects/typeobject.c and each
 * type's tp_new.
 *
 * The runtime's Type records are C data, not objects; each built-in type a
 * program can name gets an immortal TypeObject wrapping its Type.  A class
 * is its own type object (class.c). */
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc
#include "codeobject.h"
#include "descriptor.h"
#include "dict.h"
#include "arguments.h"
#include "error.h"
#include "frameobject.h"
#include "inherit.h"
#include "instance.h"
#include "int.h"
#include "list.h"
#include "minipy.h"
#include "modules.h"
//> 4 include_weakref
#include "callback.h"
#include "mod_weakref.h"
#include "weakdict.h"
#include "weakmethod.h"
#include "weakproxy.h"
#include "weakset.h"
#include "weakref.h"
//< 4 include_weakref
//> 5 include_finalizer
#include "finalizer.h"
//< 5 include_finalizer
//> 5 include_generator
#include "generator.h"
//< 5 include_generator
#include "ops.h"
#include "enumobject.h"
#include "iterobject.h"
#include "set.h"
#include "slice.h"
#include "protocols.h"
#include "str.h"

/* CPython's int(x, base) and str(object, encoding, errors) */
#define INT_MAX_ARGS 2
#define DECIMAL_BASE 10
#define MAX_INT_BASE 36
#define STR_MAX_ARGS 3

/*< 4 type_object_type
Type TypeObjectType = {.name = "type", .basic_size = sizeof(TypeObject)};
*/
//> 4 type_object_type
Type TypeObjectType = {
    .name = "type",
    .basic_size = sizeof(TypeObject),
    .flags = TYPE_WEAKREFABLE,
    .weaklist_offset = offsetof(TypeObject, weaklist),
};
//< 4 type_object_type

/* Raise TypeError and return true if there are more than max arguments,
 * worded as CPython 3.11 words it for that type. */
static bool too_many(const char *name, size_t nargs, size_t max)
{
    if (nargs <= max)
        return false;
    const char *plural = max == 1 ? "" : "s";
    if (strcmp(name, "int") == 0 || strcmp(name, "str") == 0)
        raise("TypeError", "%s() takes at most %zu argument%s (%zu given)", name, max, plural,
              nargs);
    else
        raise("TypeError", "%s expected at most %zu argument%s, got %zu", name, max, plural, nargs);
    return true;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The value of digit c in bases up to 36, or MAX_INT_BASE if none. */
static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)tolower((unsigned char)c);
    return c >= 'a' && c <= 'z' ? c - 'a' + DECIMAL_BASE : MAX_INT_BASE;
}

/* The base a prefix 0x, 0o or 0b at p names, or 0. */
static long prefix_base(const char *p, const char *end)
{
    if (end - p < 2 || p[0] != '0')
        return 0;
    char c = (char)tolower((unsigned char)p[1]);
    return c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
}

/* A str of digits in `base` (2 to 36, or 0: the prefix says, else 10), as
 * Python's int() reads it: optional sign, a prefix matching the base, '_'
 * between digits, surrounding white space.  The digits are accumulated
 * negatively, so that the smallest int fits. */
static Object *parse_int(Object *text, long base)
{
    const char *s = str_chars(text), *p = s, *end = s + str_length(text);
    while (p < end && is_space(*p))
        p++;
    bool negative = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
        p++;
    long radix = base, prefix = prefix_base(p, end);
    bool digits = false, overflow = false, underscore_ok = false, leading_zero = false;
    if (prefix != 0 && (base == 0 || base == prefix)) {
        radix = prefix;
        p += 2;
        underscore_ok = true; /* 0x_1f */
    } else if (base == 0) {
        radix = DECIMAL_BASE;
        leading_zero = p < end && *p == '0'; /* 010 is not an int in base 0 */
    }
    long value = 0;
    for (; p < end; p++) {
        if (*p == '_' && (digits || underscore_ok) && p + 1 < end &&
            digit_value(p[1]) < radix) {
            underscore_ok = false;
            continue;
        }
        int d = digit_value(*p);
        if (d >= radix)
            break;
        digits = true;
        overflow = overflow || __builtin_mul_overflow(value, radix, &value) ||
                   __builtin_sub_overflow(value, d, &value);
    }
    while (p < end && is_space(*p))
        p++;
    if (!digits || p != end || (leading_zero && value != 0)) {
        Object *r = repr_of(text);
        raise("ValueError", "invalid literal for int() with base %ld: %s", base, str_chars(r));
        decref(r);
        return NULL;
    }
    if (overflow || (!negative && value == LONG_MIN))
        return raise("OverflowError", "minipy's ints are 64-bit; the result does not fit");
    return int_new(negative ? value : -value);
}

enum { INT_X, INT_BASE, INT_KEYWORDS };

/* int(x=0, /, base=10): x by position only, so its name is none a
 * program can write. */
static Object *int_keywords(Object *self, Object **args, size_t nargs, Object **kwargs)
{
    (void)self, (void)args, (void)nargs;
    Object *x = kwargs[INT_X], *base_arg = kwargs[INT_BASE];
    if (x == NULL)
        return base_arg ? raise("TypeError", "int() missing string argument") : int_new(0);
    if (base_arg == NULL) {
        if (is_int(x))
            return int_new(as_long(x));
        if (x->type == &StrType)
            return parse_int(x, DECIMAL_BASE);
        return raise("TypeError", "int() argument must be a string, a bytes-like object or a "
                     "real number, not '%s'", type_name(x));
    }
    if (!is_int(base_arg))
        return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                     type_name(base_arg));
    long base = as_long(base_arg);
    if (x->type != &StrType)
        return raise("TypeError", "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > MAX_INT_BASE))
        return raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
    return parse_int(x, base);
}

static Object *construct_int(Object *self, Object **args, size_t nargs)
{
    if (too_many("int", nargs, INT_MAX_ARGS))
        return NULL;
    return call_keywords_by_position(int_keywords, self, args, nargs);
}

static const char *const int_keyword_names[] = {"", "base", NULL};

const KeywordDef type_keyword_defs[] = {
    {construct_int, int_keyword_names, int_keywords, INT_KEYWORDS, NULL, false},
    {NULL, NULL, NULL, 0, NULL, false},
};

static Object *construct_str(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (too_many("str", nargs, STR_MAX_ARGS))
        return NULL;
    if (nargs > 1)
        return raise("TypeError", "minipy's str() takes no encoding");
    return nargs == 0 ? str_new("") : str_of(args[0]);
}

static Object *construct_bool(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (too_many("bool", nargs, 1))
        return NULL;
    int truth = nargs > 0 ? user_truth(args[0]) : 0;
    return truth < 0 ? NULL : bool_from(truth);
}

static Object *construct_list(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (too_many("list", nargs, 1))
        return NULL;
    return nargs == 0 ? list_new() : list_from_iterable(args[0]);
}

static Object *construct_tuple(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (too_many("tuple", nargs, 1))
        return NULL;
    Object *list = nargs == 0 ? list_new() : list_from_iterable(args[0]);
    return list ? tuple_from_list(list) : NULL;
}

/* Store each pair (key, value) of an iterable, as CPython's
 * PyDict_MergeFromSeq2: false with its exception if one is not a pair. */
static bool dict_add_pairs(Object *dict, Object *iterable)
{
    Object *pairs = list_from_iterable(iterable);
    if (pairs == NULL)
        return false;
    bool ok = true;
    for (size_t i = 0; ok && i < list_size(pairs); i++) {
        Object *element = list_getitem(pairs, i);
        Object *pair = list_from_iterable(element);
        if (pair == NULL && strcmp(error_type(), "TypeError") == 0) { /* not iterable */
            error_clear();
            raise("TypeError", "cannot convert dictionary update sequence element #%zu to a "
                  "sequence", i);
        } else if (pair != NULL && list_size(pair) != 2) {
            raise("ValueError", "dictionary update sequence element #%zu has length %zu; 2 is "
                  "required", i, list_size(pair));
        }
        ok = pair != NULL && list_size(pair) == 2 && check_hashable(list_getitem(pair, 0)) &&
             dict_setitem(dict, list_getitem(pair, 0), list_getitem(pair, 1));
        xdecref(pair);
    }
    decref(pairs);
    return ok;
}

Object *dict_construct_kw(Object *self, Object **args, size_t nargs, const Object *kwnames)
{
    (void)self;
    if (nargs > 1)
        return raise("TypeError", "dict expected at most 1 argument, got %zu", nargs);
    Object *dict = dict_new();
    bool ok = nargs == 0 || (args[0]->type == &DictType ? dict_merge(dict, args[0])
                                                        : dict_add_pairs(dict, args[0]));
    for (size_t k = 0; ok && k < keyword_count(kwnames); k++)
        ok = dict_setitem(dict, ((const Tuple *)kwnames)->items[k], args[nargs + k]);
    if (ok)
        return dict;
    decref(dict);
    return NULL;
}

static Object *construct_dict(Object *self, Object **args, size_t nargs)
{
    return dict_construct_kw(self, args, nargs, NULL);
}

static Object *construct_range(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs == 0)
        return raise("TypeError", "range expected at least 1 argument, got 0");
    if (too_many("range", nargs, 3))
        return NULL;
    long values[3] = {0, 0, 1};
    for (size_t i = 0; i < nargs; i++) {
        if (!is_int(args[i]))
            return raise("TypeError", "'%s' object cannot be interpreted as an integer",
                         type_name(args[i]));
        values[nargs == 1 ? 1 : i] = as_long(args[i]);
    }
    if (values[2] == 0)
        return raise("ValueError", "range() arg 3 must not be zero");
    Object *op = object_new(&RangeType, 0);
    Range *r = (Range *)op;
    r->start = values[0];
    r->stop = values[1];
    r->step = values[2];
    return op;
}

static Object *construct_type(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs != 1)
        return raise("TypeError", "minipy's type() takes 1 argument");
    Object *type = is_instance(args[0]) ? instance_class(args[0]) : type_object_of(args[0]->type);
    if (type == NULL)
        return raise("NotImplementedError", "minipy has no type object for '%s'",
                     type_name(args[0]));
    return newref(type);
}

static Object *construct_none(Object *self, Object **args, size_t nargs)
{
    (void)self, (void)args;
    if (nargs > 0)
        return raise("TypeError", "NoneType takes no arguments");
    return newref(None);
}

static Object *cannot_construct(Object *self, Object **args, size_t nargs)
{
    (void)args, (void)nargs;
    return raise("TypeError", "cannot create '%s' instances", ((TypeObject *)self)->type->name);
}

/*< 4 type_object_macro
#define TYPE_OBJECT(t, construct, named) {{IMMORTAL_REFCNT, &TypeObjectType}, t, construct, named}
*/
//> 4 type_object_macro
/* Named fields: the weak reference list starts empty. */
#define TYPE_OBJECT(t, make, named) \
    {.ob = {IMMORTAL_REFCNT, &TypeObjectType}, .type = t, .construct = make, .builtin_name = named}
//< 4 type_object_macro

static TypeObject type_objects[] = {
    TYPE_OBJECT(&IntType, construct_int, true),
    TYPE_OBJECT(&StrType, construct_str, true),
    TYPE_OBJECT(&BoolType, construct_bool, true),
    TYPE_OBJECT(&ListType, construct_list, true),
    TYPE_OBJECT(&TupleType, construct_tuple, true),
    TYPE_OBJECT(&DictType, construct_dict, true),
    TYPE_OBJECT(&RangeType, construct_range, true),
    TYPE_OBJECT(&SliceType, slice_construct, true),
    TYPE_OBJECT(&SetType, set_construct, true),
    TYPE_OBJECT(&FrozenSetType, frozenset_construct, true),
    TYPE_OBJECT(&EnumerateType, enumerate_construct, true),
    TYPE_OBJECT(&ZipType, zip_construct, true),
    TYPE_OBJECT(&MapType, map_construct, true),
    TYPE_OBJECT(&FilterType, filter_construct, true),
    TYPE_OBJECT(&CallIterType, cannot_construct, false),
    TYPE_OBJECT(&iterator_types[0], cannot_construct, false),
    TYPE_OBJECT(&iterator_types[1], cannot_construct, false),
    TYPE_OBJECT(&iterator_types[2], cannot_construct, false),
    TYPE_OBJECT(&iterator_types[3], cannot_construct, false),
    TYPE_OBJECT(&iterator_types[4], cannot_construct, false),
    TYPE_OBJECT(&iterator_types[5], cannot_construct, false),
    TYPE_OBJECT(&iterator_types[6], cannot_construct, false),
    TYPE_OBJECT(&iterator_types[7], cannot_construct, false),
    TYPE_OBJECT(&ReversedType, reversed_construct, true),
    TYPE_OBJECT(&ClassType, construct_type, true),
    TYPE_OBJECT(&PropertyType, property_construct, true),
    TYPE_OBJECT(&StaticMethodType, wrapper_construct, true),
    TYPE_OBJECT(&ClassMethodType, wrapper_construct, true),
    TYPE_OBJECT(&NoneType, construct_none, false),
    TYPE_OBJECT(&FunctionType, cannot_construct, false),
    TYPE_OBJECT(&MethodType, cannot_construct, false),
    TYPE_OBJECT(&BuiltinType, cannot_construct, false),
    TYPE_OBJECT(&ModuleType, cannot_construct, false),
    TYPE_OBJECT(&CellType, cannot_construct, false),
    TYPE_OBJECT(&DictKeysType, cannot_construct, false),
    TYPE_OBJECT(&DictValuesType, cannot_construct, false),
    TYPE_OBJECT(&DictItemsType, cannot_construct, false),
    TYPE_OBJECT(&SuperType, cannot_construct, false),
    TYPE_OBJECT(&FrameObjectType, cannot_construct, false),
    TYPE_OBJECT(&CodeType, cannot_construct, false),
    TYPE_OBJECT(&TracebackType, cannot_construct, false),
//> 4 weakref_type_objects
    TYPE_OBJECT(&WeakRefType, weakref_construct, false),
    TYPE_OBJECT(&KeyedRefType, cannot_construct, false),
    TYPE_OBJECT(&WeakValueDictType, weakvaluedict_construct, false),
    TYPE_OBJECT(&WeakKeyDictType, weakkeydict_construct, false),
    TYPE_OBJECT(&CallbackType, cannot_construct, false),
    TYPE_OBJECT(&WeakDictWalkType, cannot_construct, false),
    TYPE_OBJECT(&WeakMethodType, weakmethod_construct, false),
    TYPE_OBJECT(&ProxyType, proxy_construct, false),
    TYPE_OBJECT(&CallableProxyType, cannot_construct, false),
    TYPE_OBJECT(&WeakSetType, weakset_construct, false),
//< 4 weakref_type_objects
//> 5 finalize_type_object
    TYPE_OBJECT(&FinalizeType, finalize_construct, false),
//< 5 finalize_type_object
//> 5 gen_type_object
    TYPE_OBJECT(&GeneratorType, cannot_construct, false),
//< 5 gen_type_object
//> 7 tracemalloc_type_objects
    TYPE_OBJECT(&SnapshotType, cannot_construct, false),
    TYPE_OBJECT(&StatisticType, cannot_construct, false),
    TYPE_OBJECT(&StatisticDiffType, cannot_construct, false),
    TYPE_OBJECT(&TraceTracebackType, cannot_construct, false),
    TYPE_OBJECT(&TraceFrameType, cannot_construct, false),
    TYPE_OBJECT(&TraceFilterType, trace_filter_construct, false),
//< 7 tracemalloc_type_objects
};

Object *type_object_of(const Type *type)
{
    if (type == &TypeObjectType)
        type = &ClassType;  /* int's type is type, as a class's is */
    for (size_t i = 0; i < sizeof type_objects / sizeof *type_objects; i++)
        if (type_objects[i].type == type)
            return &type_objects[i].ob;
    return NULL;
}

void type_objects_register(Object *builtins)
{
    for (size_t i = 0; i < sizeof type_objects / sizeof *type_objects; i++) {
        if (!type_objects[i].builtin_name)
            continue;
        Object *name = str_new(type_objects[i].type->name);
        dict_setitem(builtins, name, &type_objects[i].ob);
        decref(name);
    }
}
