/* ops.c: arithmetic, comparison, truth and length.  Chapter 2 (the runner).
 * CPython: Objects/abstract.c, Objects/longobject.c, Objects/object.c. */
#include "ops.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "class.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "instance.h"
#include "int.h"
#include "format.h"
#include "list.h"
#include "minipy.h"
#include "set.h"
#include "slice.h"
#include "protocols.h"
#include "str.h"
//> 4 include_weakref
#include "mod_weakref.h"
#include "weakdict.h"
#include "weakproxy.h"
#include "weakset.h"
//< 4 include_weakref
//> 5 ops_include_generator
#include "generator.h"
//< 5 ops_include_generator

/* The longest str, list or tuple an operator may build: beyond it, a
 * MemoryError instead of an attempt to allocate gigabytes. */
#define MAX_SEQUENCE_ITEMS ((long)1 << 27)

static int recursion_depth;

bool enter_recursive(const char *where)
{
    if (recursion_depth >= RECURSION_LIMIT) {
        raise("RecursionError", "maximum recursion depth exceeded%s", where);
        return false;
    }
    recursion_depth++;
    return true;
}

void leave_recursive(void)
{
    recursion_depth--;
}

bool is_int(const Object *op)
{
    return op->type == &IntType || op->type == &BoolType;
}

long as_long(const Object *op)
{
    return op->type == &BoolType ? op == True : int_value(op);
}

bool is_true(const Object *op)
{
    if (op == None || op == False)
        return false;
    if (op->type == &IntType)
        return int_value(op) != 0;
    if (op->type == &StrType)
        return str_length(op) > 0;
    if (op->type == &ListType || op->type == &TupleType || op->type == &DictType ||
        op->type == &RangeType || is_view(op))
        return op->type == &RangeType ? range_length(op) > 0 : length((Object *)op) > 0;
    if (is_set(op))
        return set_size(op) > 0;
//> 4 weakdict_truth
    if (is_weakdict(op))
        return weakdict_length((Object *)op) > 0;
    if (is_weakset(op))
        return length((Object *)op) > 0;
//< 4 weakdict_truth
    return true;
}

long length(Object *op)
{
    const Type *t = op->type;
    if (t == &StrType) {
        /* count code points: every byte but UTF-8's continuation bytes */
        long n = 0;
        for (size_t i = 0; i < str_length(op); i++)
            n += ((unsigned char)str_chars(op)[i] & 0xC0) != 0x80;
        return n;
    }
    if (t == &ListType)
        return (long)list_size(op);
    if (t == &TupleType)
        return (long)((Tuple *)op)->ob.size;
    if (t == &DictType)
        return (long)dict_size(op);
    if (is_view(op))
        return (long)dict_size(((View *)op)->dict);
    if (is_set(op))
        return (long)set_size(op);
//> 7 trace_traceback_length
    if (t == &TraceTracebackType)
        return trace_traceback_length(op);
//< 7 trace_traceback_length
    if (t == &RangeType) {
        if (range_length(op) > LONG_MAX) {
            raise("OverflowError", "Python int too large to convert to C ssize_t");
            return -1;
        }
        return (long)range_length(op);
    }
//> 4 weakdict_length
    if (is_proxy(op)) {
        Object *referent = proxy_referent(op);
        long n = referent ? length(referent) : -1;
        xdecref(referent);
        return n;
    }
    if (is_weakdict(op))
        return (long)weakdict_length(op);
    if (is_weakset(op))
        return weakset_dict(op) ? (long)weakdict_length(weakset_dict(op)) : 0;
//< 4 weakdict_length
    if (is_instance(op))
        return user_length(op);
    raise("TypeError", "object of type '%s' has no len()", type_name(op));
    return -1;
}

/* What a class's special method says, if either operand is an instance
 * whose class has one; else NotImplemented. */
static Object *ask_instances(Op op, Object *a, Object *b, bool inplace)
{
    if (!is_instance(a) && !is_instance(b))
        return newref(NotImplemented);
    return user_binary(op, a, b, inplace);
}

static const char *const op_symbols[] = {
    [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_FLOORDIV] = "//", [OP_MOD] = "%",
    [OP_NEG] = "-", [OP_POS] = "+", [OP_NOT] = "not", [OP_EQ] = "==", [OP_NE] = "!=",
    [OP_LT] = "<", [OP_LE] = "<=", [OP_GT] = ">", [OP_GE] = ">=",
    [OP_BITOR] = "|", [OP_BITXOR] = "^", [OP_BITAND] = "&", [OP_LSHIFT] = "<<",
    [OP_RSHIFT] = ">>", [OP_INVERT] = "~", [OP_POW] = "** or pow()",
};

static Object *overflow(void)
{
    return raise("OverflowError", "minipy's ints are 64-bit; the result does not fit");
}

/* data and text (data): a << b and a >> b on 64-bit ints; what does not
 * fit is an OverflowError, where CPython's ints would grow. */
#define INT_BITS 64

static Object *shift(Op op, long a, long b)
{
    if (b < 0)
        return raise("ValueError", "negative shift count");
    if (op == OP_RSHIFT)
        return int_new(b >= INT_BITS ? (a < 0 ? -1 : 0) : a >> b);
    if (a == 0)
        return int_new(0);
    if (b >= INT_BITS - 1 || a > (LONG_MAX >> b) || a < (LONG_MIN >> b))
        return overflow();
    return int_new((long)((unsigned long)a << b));
}

/* a ** b by squaring; a negative b would give a float, which minipy has
 * not. */
static Object *int_power(long a, long b)
{
    if (b < 0)
        return raise("NotImplementedError", "a negative power is a float, and floats are not "
                     "part of minipy's subset");
    long result = 1;
    for (;;) {
        if ((b & 1) && __builtin_mul_overflow(result, a, &result))
            return overflow();
        b >>= 1;
        if (b == 0)
            return int_new(result);
        if (__builtin_mul_overflow(a, a, &a))
            return overflow();
    }
}

static Object *int_op(Op op, long a, long b)
{
    long r;
    switch (op) {
    case OP_BITOR:
        return int_new(a | b);
    case OP_BITXOR:
        return int_new(a ^ b);
    case OP_BITAND:
        return int_new(a & b);
    case OP_LSHIFT: case OP_RSHIFT:
        return shift(op, a, b);
    case OP_POW:
        return int_power(a, b);
    case OP_ADD:
        return __builtin_add_overflow(a, b, &r) ? overflow() : int_new(r);
    case OP_SUB:
        return __builtin_sub_overflow(a, b, &r) ? overflow() : int_new(r);
    case OP_MUL:
        return __builtin_mul_overflow(a, b, &r) ? overflow() : int_new(r);
    default:
        break;
    }
    if (b == 0)
        return raise("ZeroDivisionError", op == OP_MOD ? "integer modulo by zero"
                                                       : "integer division or modulo by zero");
    if (b == -1)  /* LONG_MIN / -1 overflows in C */
        return op == OP_MOD ? int_new(0) : int_op(OP_SUB, 0, a);
    /* C rounds toward zero, Python toward minus infinity. */
    long q = a / b, m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) {
        q--;
        m += b;
    }
    return int_new(op == OP_MOD ? m : q);
}

/* Items of a list or tuple, borrowed. */
Object **items_of(Object *seq, size_t *count)
{
    if (seq->type == &TupleType) {
        *count = ((Tuple *)seq)->ob.size;
        return ((Tuple *)seq)->items;
    }
    *count = list_size(seq);
    return ((List *)seq)->items;
}

/* A new list or tuple of the items of parts[0..nparts), each repeated
 * `times` times. */
static Object *join_items(const Type *type, Object **parts, size_t nparts, long times)
{
    /* Made before the parts are measured: its allocation may start a
     * collection whose callbacks (chapter 3) change them.  Nothing else
     * allocates an object until the copy is done. */
    Object *list = list_new();
    size_t total = 0, count;
    for (size_t p = 0; p < nparts; p++) {
        items_of(parts[p], &count);
        total += count;
    }
    if (total > 0 && times > MAX_SEQUENCE_ITEMS / (long)total) {
        decref(list);
        return raise("MemoryError", "minipy builds no sequence of more than %ld items",
                     MAX_SEQUENCE_ITEMS);
    }
    for (long t = 0; t < times; t++)
        for (size_t p = 0; p < nparts; p++) {
            Object **items = items_of(parts[p], &count);
            for (size_t i = 0; i < count; i++)
                list_append(list, items[i]);
        }
    return type == &ListType ? list : tuple_from_list(list);
}

static Object *join_strs(Object **parts, size_t nparts, long times)
{
    size_t total = 0;
    for (size_t p = 0; p < nparts; p++)
        total += str_length(parts[p]);
    if (total > 0 && times > MAX_SEQUENCE_ITEMS / (long)total)
        return raise("MemoryError", "minipy builds no str of more than %ld bytes",
                     MAX_SEQUENCE_ITEMS);
    char *buffer = malloc(total * (size_t)times + 1);
    if (buffer == NULL)
        fatal_out_of_memory("joining strs");
    char *end = buffer;
    for (long t = 0; t < times; t++)
        for (size_t p = 0; p < nparts; p++) {
            memcpy(end, str_chars(parts[p]), str_length(parts[p]));
            end += str_length(parts[p]);
        }
    Object *result = str_from_bytes(buffer, (size_t)(end - buffer));
    free(buffer);
    return result;
}

static Object *concat(Object *a, Object *b)
{
    Object *parts[] = {a, b};
    return a->type == &StrType ? join_strs(parts, 2, 1) : join_items(a->type, parts, 2, 1);
}

static Object *repeat(Object *seq, long times)
{
    /* times copies of nothing are nothing, however many */
    if (times < 0 || (seq->type == &StrType ? str_length(seq) : (size_t)length(seq)) == 0)
        times = 0;
    return seq->type == &StrType ? join_strs(&seq, 1, times) : join_items(seq->type, &seq, 1, times);
}

static bool is_sequence(const Object *op)
{
    return op->type == &ListType || op->type == &TupleType || op->type == &StrType;
}

//> 4 proxy_operands
/* fn(op, a, b) with each proxy replaced by what it stands for, as
 * CPython's proxies forward every operator; ReferenceError if one has
 * died. */
static Object *through_proxies(Object *(*fn)(Op, Object *, Object *), Op op, Object *a, Object *b)
{
    Object *x = is_proxy(a) ? proxy_referent(a) : newref(a);
    Object *y = x == NULL ? NULL : is_proxy(b) ? proxy_referent(b) : newref(b);
    Object *result = y ? fn(op, x, y) : NULL;
    xdecref(x);
    xdecref(y);
    return result;
}
//< 4 proxy_operands

Object *binary_op(Op op, Object *a, Object *b)
{
//> 4 proxy_binary
    if (is_proxy(a) || is_proxy(b))
        return through_proxies(binary_op, op, a, b);
    if (is_weakset(a) && (op == OP_BITOR || op == OP_BITAND || op == OP_SUB || op == OP_BITXOR))
        return weakset_binary_op(op, a, b);
//< 4 proxy_binary
    Object *answer = ask_instances(op, a, b, false);
    if (answer != NotImplemented)
        return answer;
    decref(answer);
    if (is_int(a) && is_int(b))
        return int_op(op, as_long(a), as_long(b));
    if (op == OP_ADD && is_sequence(a)) {
        if (a->type != b->type)
            return raise("TypeError", "can only concatenate %s (not \"%s\") to %s",
                         type_name(a), type_name(b), type_name(a));
        return concat(a, b);
    }
    if (op == OP_MUL && (is_sequence(a) || is_sequence(b))) {
        Object *seq = is_sequence(a) ? a : b, *times = seq == a ? b : a;
        if (!is_int(times))
            return raise("TypeError", "can't multiply sequence by non-int of type '%s'",
                         type_name(times));
        return repeat(seq, as_long(times));
    }
    if (is_set(a) && is_set(b)) {
        Object *result = set_binary_op(op, a, b);
        if (result != NULL || error_occurred())
            return result;
    }
    if (op == OP_BITOR && a->type == &DictType && b->type == &DictType) {
        Object *merged = dict_new();  /* a's pairs, then b's over them */
        if (dict_merge(merged, a) && dict_merge(merged, b))
            return merged;
        decref(merged);
        return NULL;
    }
    if (op == OP_MOD && a->type == &StrType)
        return percent_format(a, b);
    return raise("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'",
                 op_symbols[op], type_name(a), type_name(b));
}

/* Make `list` hold the items of `other`, a new list, in place: the list
 * takes over other's items, then releases its old ones. */
static void list_assign_items(Object *list, Object *other)
{
    List *l = (List *)list, *o = (List *)other;
    Object **old = l->items;
    size_t count = l->size;
    *l = (List){l->ob, o->size, o->capacity, o->items};
    o->items = NULL;
    o->size = o->capacity = 0;
    for (size_t i = 0; i < count; i++)
        decref(old[i]);
    list_items_free(old);
}

Object *inplace_op(Op op, Object *a, Object *b)
{
    Object *answer = ask_instances(op, a, b, true);
    if (answer != NotImplemented)
        return answer;
    decref(answer);
    if (op == OP_MUL && a->type == &ListType && is_int(b)) {
        Object *repeated = repeat(a, as_long(b));
        if (repeated == NULL)
            return NULL;
        list_assign_items(a, repeated);
        decref(repeated);
        return newref(a);
    }
    if (op == OP_ADD && a->type == &ListType) {
        Object *items = list_from_iterable(b);
        if (items == NULL)
            return NULL;
        for (size_t i = 0; i < list_size(items); i++)
            list_append(a, list_getitem(items, i));
        decref(items);
        return newref(a);
    }
    if (op == OP_BITOR && a->type == &DictType && b->type == &DictType) {
        return dict_merge(a, b) ? newref(a) : NULL;
    }
    if (a->type == &SetType && is_set(b)) {
        Object *result = set_inplace_op(op, a, b);
        if (result != NULL || error_occurred())
            return result;
    }
    return binary_op(op, a, b);
}

Object *unary_op(Op op, Object *a)
{
    if (op == OP_NOT) {
        int truth = user_truth(a);
        return truth < 0 ? NULL : bool_from(!truth);
    }
    if (is_instance(a)) {
        Object *answer = user_unary(op, a);
        if (answer != NotImplemented)
            return answer;
        decref(answer);
    }
    if (!is_int(a))
        return raise("TypeError", "bad operand type for unary %s: '%s'", op_symbols[op],
                     type_name(a));
    if (op == OP_INVERT)
        return int_new(~as_long(a));
    return op == OP_NEG ? int_op(OP_SUB, 0, as_long(a)) : int_new(as_long(a));
}

static int sequence_equal(Object *a, Object *b)
{
    size_t na, nb;
    Object **ia = items_of(a, &na), **ib = items_of(b, &nb);
    if (na != nb)
        return 0;
    if (!enter_recursive(" in comparison"))
        return -1;
    int result = 1;
    for (size_t i = 0; i < na && result == 1; i++)
        result = equal(ia[i], ib[i]);
    leave_recursive();
    return result;
}

static int dict_equal(Object *a, Object *b)
{
    if (dict_size(a) != dict_size(b))
        return 0;
    if (!enter_recursive(" in comparison"))
        return -1;
    int result = 1;
    size_t pos = 0;
    Object *key, *value;
    while (result == 1 && dict_next(a, &pos, &key, &value)) {
        Object *other = dict_getitem(b, key);
        result = other ? equal(value, other) : error_occurred() ? -1 : 0;
    }
    leave_recursive();
    return result;
}

int equal(Object *a, Object *b)
{
    if (a == b)
        return 1;
    if (is_instance(a) || is_instance(b)) {
        Object *result = user_compare(OP_EQ, a, b);
        int truth = result ? user_truth(result) : -1;
        xdecref(result);
        return truth;
    }
    if (is_int(a) && is_int(b))
        return as_long(a) == as_long(b);
    if (is_set(a) && is_set(b))
        return set_compare(OP_EQ, a, b);
    if (a->type != b->type)
        return 0;
    if (a->type == &StrType)
        return str_length(a) == str_length(b) &&
               memcmp(str_chars(a), str_chars(b), str_length(a)) == 0;
    if (a->type == &ListType || a->type == &TupleType)
        return sequence_equal(a, b);
    if (a->type == &DictType)
        return dict_equal(a, b);
    if (a->type == &SliceType) /* as the tuples of their parts */
        return slice_equal(a, b);
    if (a->type->equal) /* a type that compares its own (bound methods) */
        return a->type->equal(a, b);
    if (a->type == &RangeType) {
        uint64_t n = range_length(a);
        return n == range_length(b) &&
               (n == 0 || (range_item(a, 0) == range_item(b, 0) &&
                           (n == 1 || range_item(a, 1) == range_item(b, 1))));
    }
    return 0;
}

/* A class's answer to a op b as a three-way order that gives the same
 * answer for op. */
static int order_from_instances(Op op, Object *a, Object *b, int *order)
{
    Object *result = user_compare(op, a, b);
    int truth = result ? user_truth(result) : -1;
    xdecref(result);
    bool less_wanted = op == OP_LT || op == OP_LE;
    *order = truth == less_wanted ? -1 : 1;
    return truth < 0 ? -1 : 0;
}

/* <, <=, >, >= as a three-way comparison: *order is <0, 0 or >0. */
static int order_of(Op op, Object *a, Object *b, int *order)
{
    if (is_instance(a) || is_instance(b))
        return order_from_instances(op, a, b, order);
    if (is_int(a) && is_int(b)) {
        long x = as_long(a), y = as_long(b);
        *order = (x > y) - (x < y);
        return 0;
    }
    if (a->type == &StrType && b->type == &StrType) {
        size_t na = str_length(a), nb = str_length(b);
        int c = memcmp(str_chars(a), str_chars(b), na < nb ? na : nb);
        *order = c ? c : (na > nb) - (na < nb);
        return 0;
    }
    if (a->type == b->type && (a->type == &ListType || a->type == &TupleType)) {
        size_t na, nb;
        Object **ia = items_of(a, &na), **ib = items_of(b, &nb);
        for (size_t i = 0; i < na && i < nb; i++) {
            int same = equal(ia[i], ib[i]);
            if (same < 0)
                return -1;
            if (!same) {
                if (!enter_recursive(" in comparison"))
                    return -1;
                int failed = order_of(op, ia[i], ib[i], order);
                leave_recursive();
                return failed;
            }
        }
        *order = (na > nb) - (na < nb);
        return 0;
    }
    raise("TypeError", "'%s' not supported between instances of '%s' and '%s'",
          op_symbols[op], type_name(a), type_name(b));
    return -1;
}

Object *compare_op(Op op, Object *a, Object *b)
{
    int result, order;
    bool rich = op != OP_IS && op != OP_IS_NOT && op != OP_IN && op != OP_NOT_IN;
//> 4 proxy_compare
    if (rich && (is_proxy(a) || is_proxy(b)))
        return through_proxies(compare_op, op, a, b);
//< 4 proxy_compare
    if (rich && (is_instance(a) || is_instance(b)))
        return user_compare(op, a, b);
    switch (op) {
    case OP_IS:
        return bool_from(a == b);
    case OP_IS_NOT:
        return bool_from(a != b);
    case OP_EQ: case OP_NE:
        result = equal(a, b);
        return result < 0 ? NULL : bool_from(op == OP_EQ ? result : !result);
    case OP_IN: case OP_NOT_IN:
        result = contains(b, a);
        return result < 0 ? NULL : bool_from(op == OP_IN ? result : !result);
    default:
        if (is_set(a) && is_set(b)) {
            result = set_compare(op, a, b);
            return result < 0 ? NULL : bool_from(result);
        }
        if (order_of(op, a, b, &order) < 0)
            return NULL;
        return bool_from(op == OP_LT ? order < 0 : op == OP_LE ? order <= 0
                         : op == OP_GT ? order > 0 : order >= 0);
    }
}

/* Is needle a substring of haystack?  Strs may hold NUL bytes, so no
 * strstr. */
static bool str_find(const Object *haystack, const Object *needle)
{
    size_t n = str_length(haystack), k = str_length(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (memcmp(str_chars(haystack) + i, str_chars(needle), k) == 0)
            return true;
    return false;
}

static int in_sequence(Object **items, size_t count, Object *item)
{
    for (size_t i = 0; i < count; i++) {
        int same = equal(items[i], item);
        if (same != 0)
            return same;
    }
    return 0;
}

static int in_view(View *view, Object *item)
{
    if (view->kind == VIEW_KEYS)
        return contains(view->dict, item);
    size_t pos = 0;
    Object *key, *value;
    while (dict_next(view->dict, &pos, &key, &value)) {
        int same;
        if (view->kind == VIEW_VALUES) {
            same = equal(value, item);
        } else {
            Object *pair[2] = {newref(key), newref(value)};
            Object *tuple = tuple_from(pair, 2);
            same = equal(tuple, item);
            decref(tuple);
        }
        if (same != 0)
            return same;
    }
    return 0;
}

/* `in` over what iterating the container gives, stopping at the first
 * equal item. */
static int in_iteration(Object *container, Object *item)
{
    Iter it;
    if (iter_start(&it, container) < 0)
        return -1;
    int found = 0;
    Object *next;
    while (found == 0 && (next = iter_next(&it)) != NULL) {
        found = equal(next, item);
        decref(next);
    }
    iter_end(&it);
    return found == 0 && error_occurred() ? -1 : found;
}

int contains(Object *container, Object *item)
{
    const Type *t = container->type;
    size_t count;
    if (t == &ListType || t == &TupleType) {
        Object **items = items_of(container, &count);
        return in_sequence(items, count, item);
    }
    if (t == &DictType) {
        if (!check_hashable(item))
            return -1;
        if (dict_getitem(container, item) != NULL)
            return 1;
        return error_occurred() ? -1 : 0;
    }
    if (is_view(container))
        return in_view((View *)container, item);
    if (t == &StrType) {
        if (item->type != &StrType) {
            raise("TypeError", "'in <string>' requires string as left operand, not %s",
                  type_name(item));
            return -1;
        }
        return str_find(container, item);
    }
    if (t == &RangeType)
        return is_int(item) && range_contains(container, as_long(item));
    if (is_set(container))
        return set_contains(container, item);
    if (is_instance(container) && has_special(container, "__contains__")) {
        Object *result = call_special(container, "__contains__", &item, 1);
        int truth = result ? user_truth(result) : -1;
        xdecref(result);
        return truth;
    }
    if (is_instance(container) &&
        (has_special(container, "__iter__") || has_special(container, "__getitem__")))
        return in_iteration(container, item);
//> 4 weakdict_contains
    if (is_proxy(container)) {
        Object *referent = proxy_referent(container);
        int found = referent ? contains(referent, item) : -1;
        xdecref(referent);
        return found;
    }
    if (is_weakdict(container))
        return weakdict_contains(container, item);
    if (is_weakset(container))
        return weakset_dict(container) ? weakdict_contains(weakset_dict(container), item) : 0;
//< 4 weakdict_contains
//> 5 generator_contains
    if (container->type == &GeneratorType)
        return in_iteration(container, item);
//< 5 generator_contains
    raise("TypeError", "argument of type '%s' is not iterable", type_name(container));
    return -1;
}
