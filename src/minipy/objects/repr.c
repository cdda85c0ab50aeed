/* repr.c: repr() and str(), as CPython 3.11 spells them.  Chapter 2 (the
 * runner).  CPython: the tp_repr of each type in Objects/. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
//> 7 include_mod_tracemalloc
#include "mod_tracemalloc.h"
//< 7 include_mod_tracemalloc
#include "codeobject.h"
#include "call.h"
#include "class.h"
#include "debug.h"
#include "dict.h"
#include "error.h"
#include "exceptions.h"
#include "inherit.h"
#include "instance.h"
#include "int.h"
#include "list.h"
#include "minipy.h"
//> 4 include_weakref
#include "mod_weakref.h"
#include "scope.h"
#include "weakdict.h"
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
#include "set.h"
#include "slice.h"
#include "protocols.h"
#include "str.h"

/* Append repr(op); false on an error. */
static bool add_repr(Buf *b, Object *op)
{
    Object *r = repr_of(op);
    if (r == NULL)
        return false;
    buf_add(b, str_chars(r), str_length(r));
    decref(r);
    return true;
}

/* U+0080 to U+00BF, encoded as 0xC2 then this byte: the C1 controls, the
 * no-break space and the soft hyphen are printed as escapes by repr. */
static bool is_printable_latin1(unsigned char second)
{
    return second > 0xA0 && second != 0xAD;
}

/* Python's quoting: single quotes, unless the text has one and no double. */
static Object *str_repr(Object *op)
{
    const char *s = str_chars(op);
    size_t n = str_length(op);
    char quote = memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
    Buf b = {0};
    buf_add(&b, &quote, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\')
            buf_printf(&b, "\\%c", c);
        else if (c == '\n')
            buf_add(&b, "\\n", 2);
        else if (c == '\t')
            buf_add(&b, "\\t", 2);
        else if (c == '\r')
            buf_add(&b, "\\r", 2);
        else if (c < 0x20 || c == 0x7f)
            buf_printf(&b, "\\x%02x", c);
        else if (c == 0xC2 && i + 1 < n && !is_printable_latin1((unsigned char)s[i + 1]))
            buf_printf(&b, "\\x%02x", (unsigned char)s[++i]);
        else
            buf_add(&b, (const char *)&c, 1);
    }
    buf_add(&b, &quote, 1);
    return buf_finish(&b);
}

/* The containers being printed, innermost last: a container met again
 * inside itself prints as [...] or {...}, as CPython's Py_ReprEnter. */
static Object *being_printed[RECURSION_LIMIT];
static size_t printing;

static bool printing_already(const Object *op)
{
    for (size_t i = 0; i < printing; i++)
        if (being_printed[i] == op)
            return true;
    return false;
}

/* Enter op into being_printed: false if it is there already (print it as
 * its placeholder) or if the nesting is too deep (an exception is set). */
static bool enter_printing(Object *op)
{
    if (printing_already(op))
        return false;
    if (!enter_recursive(" while getting the repr of an object"))
        return false;
    being_printed[printing++] = op;
    return true;
}

static void leave_printing(void)
{
    printing--;
    leave_recursive();
}

static Object *finish_or_drop(Buf *b, bool ok)
{
    if (!ok) {
        free(b->chars);
        return NULL;
    }
    return buf_finish(b);
}

/* A list's or tuple's items.  A __repr__ may change the list while it is
 * printed, so each item is fetched afresh and held while it is printed. */
static Object *items_repr(Object *op, const char *open, const char *close)
{
    if (!enter_printing(op))
        return error_occurred() ? NULL : str_new(op->type == &ListType ? "[...]" : "(...)");
    Buf b = {0};
    buf_add(&b, open, strlen(open));
    bool ok = true;
    for (size_t i = 0; ok && i < (size_t)length(op); i++) {
        if (i > 0)
            buf_add(&b, ", ", 2);
        Object *item = newref(op->type == &ListType ? list_getitem(op, i) : ((Tuple *)op)->items[i]);
        ok = add_repr(&b, item);
        decref(item);
    }
    if (length(op) == 1 && op->type == &TupleType)
        buf_add(&b, ",", 1);
    buf_add(&b, close, strlen(close));
    leave_printing();
    return finish_or_drop(&b, ok);
}

/* Each key and value is held while it is printed: a __repr__ may empty the
 * dict. */
static Object *dict_repr(Object *op)
{
    if (!enter_printing(op))
        return error_occurred() ? NULL : str_new("{...}");
    Buf b = {0};
    buf_add(&b, "{", 1);
    size_t pos = 0;
    Object *key, *value;
    bool ok = true, first = true;
    while (ok && dict_next(op, &pos, &key, &value)) {
        if (!first)
            buf_add(&b, ", ", 2);
        first = false;
        incref(key);
        incref(value);
        ok = add_repr(&b, key);
        if (ok) {
            buf_add(&b, ": ", 2);
            ok = add_repr(&b, value);
        }
        decref(key);
        decref(value);
    }
    buf_add(&b, "}", 1);
    leave_printing();
    return finish_or_drop(&b, ok);
}

static Object *view_repr(Object *op)
{
    if (!enter_printing(op))
        return error_occurred() ? NULL : str_new("...");
    Buf b = {0};
    buf_printf(&b, "%s(", type_name(op));
    Object *items = list_from_iterable(op);
    Object *inner = items ? repr_of(items) : NULL;
    xdecref(items);
    if (inner != NULL) {
        buf_add(&b, str_chars(inner), str_length(inner));
        buf_add(&b, ")", 1);
        decref(inner);
    }
    leave_printing();
    return finish_or_drop(&b, inner != NULL);
}

/* What a __repr__ or __str__ returns; `reported` names the method in the
 * error, as CPython's str() reports a bad __repr__ as __str__'s. */
static Object *user_text(Object *op, const char *method, const char *reported)
{
    /* held: the method may delete itself from its class while it runs */
    Object *function = newref(special_method(op, method));
    if (!enter_recursive(" while getting the repr of an object")) {
        decref(function);
        return NULL;
    }
    Object *self = newref(op);
    Object *result = call_object(function, &self, 1);
    leave_recursive();
    decref(function);
    if (result != NULL && result->type != &StrType) {
        raise("TypeError", "%s returned non-string (type %s)", reported, type_name(result));
        decref(result);
        return NULL;
    }
    return result;
}

/* "__main__." before a class's name, none before a built-in class's. */
static const char *module_prefix(Object *cls)
{
    return is_builtin_class(cls) ? "" : "__main__.";
}

static Object *object_repr(Object *op)
{
    Buf b = {0};
    const Type *t = op->type;
    if (is_instance(op)) {
        if (special_method(op, "__repr__"))
            return user_text(op, "__repr__", "__repr__");
        if (is_exception(op))
            return exception_repr(op);
        buf_printf(&b, "<%s%s object at %p>", module_prefix(instance_class(op)), type_name(op),
                   (void *)op);
    } else if (t == &ClassType) {
        buf_printf(&b, "<class '%s%s'>", module_prefix(op), str_chars(((Class *)op)->name));
    } else if (t == &FunctionType) {
        buf_printf(&b, "<function %s at %p>", str_chars(((Function *)op)->qualname), (void *)op);
    } else if (t == &MethodType) {
        Method *m = (Method *)op;
        buf_printf(&b, "<bound method %s of ", str_chars(((Function *)m->function)->qualname));
        if (!add_repr(&b, m->self)) {
            free(b.chars);
            return NULL;
        }
        buf_add(&b, ">", 1);
    } else if (t == &BuiltinType) {
        Builtin *f = (Builtin *)op;
        if (f->self == NULL || f->self->type == &ModuleType)
            buf_printf(&b, "<built-in function %s>", f->def->name);
        else
            buf_printf(&b, "<built-in method %s of %s object at %p>", f->def->name,
                       type_name(f->self), (void *)f->self);
    } else if (t == &ModuleType) {
        buf_printf(&b, "<module '%s' (built-in)>", str_chars(((Module *)op)->name));
    } else if (t == &TypeObjectType) {
/*< 4 class_in_weakref
        buf_printf(&b, "<class '%s'>", ((TypeObject *)op)->type->name);
*/
//> 4 class_in_weakref
        const Type *type = ((TypeObject *)op)->type;
/*< 5 finalize_in_weakref
        buf_printf(&b, "<class '%s%s'>", is_weakdict_type(type) ? "weakref." : "", type->name);
*/
//> 5 finalize_in_weakref
        bool in_weakref = is_weakdict_type(type) || type == &FinalizeType;
        buf_printf(&b, "<class '%s%s'>", in_weakref ? "weakref." : "", type->name);
//< 5 finalize_in_weakref
//< 4 class_in_weakref
    } else if (t == &CellType) {
        Object *c = ((Cell *)op)->contents;
        if (c)
            buf_printf(&b, "<cell at %p: %s object at %p>", (void *)op, type_name(c), (void *)c);
        else
            buf_printf(&b, "<cell at %p: empty>", (void *)op);
    } else {
        buf_printf(&b, "<%s object at %p>", type_name(op), (void *)op);
    }
    return buf_finish(&b);
}

//> 4 weakref_repr
/* The name CPython 3.11 shows in the repr of a weak reference to a
 * function, a class or a type: its __name__; NULL for other referents. */
static const char *referent_name(const Object *op)
{
    const Type *t = op->type;
    if (t == &FunctionType)
        return str_chars(((const Function *)op)->code->scope->name);
    if (t == &BuiltinType)
        return ((const Builtin *)op)->def->name;
    if (t == &ClassType)
        return str_chars(((const Class *)op)->name);
    if (t != &TypeObjectType)
        return NULL;
    const char *name = ((const TypeObject *)op)->type->name, *dot = strrchr(name, '.');
    return dot ? dot + 1 : name;
}

/* The referent is held while its repr is made: it may have no other
 * reference left but the one of a callback's frame. */
static Object *weakref_repr(Object *op)
{
    Buf b = {0};
    Object *referent = weakref_get(op);
    if (referent == NULL) {
        buf_printf(&b, "<weakref at %p; dead>", (void *)op);
        return buf_finish(&b);
    }
    buf_printf(&b, "<weakref at %p; to '%s' at %p", (void *)op, type_name(referent),
               (void *)referent);
    const char *name = referent_name(referent);
    if (name != NULL)
        buf_printf(&b, " (%s)", name);
    buf_add(&b, ">", 1);
    decref(referent);
    return buf_finish(&b);
}
//< 4 weakref_repr

/* slice(start, stop, step), each part's repr. */
static Object *slice_repr(Object *op)
{
    const Slice *s = (const Slice *)op;
    Object *parts[] = {s->start, s->stop, s->step};
    Buf b = {0};
    buf_add(&b, "slice(", 6);
    bool ok = true;
    for (size_t i = 0; ok && i < sizeof parts / sizeof *parts; i++) {
        if (i > 0)
            buf_add(&b, ", ", 2);
        ok = add_repr(&b, parts[i]);
    }
    buf_add(&b, ")", 1);
    return finish_or_drop(&b, ok);
}

Object *repr_of(Object *op)
{
    const Type *t = op->type;
    if (t == &StrType)
        return str_repr(op);
    if (t == &IntType) {
        char digits[32];
        snprintf(digits, sizeof digits, "%ld", int_value(op));
        return str_new(digits);
    }
    if (op == None || t == &BoolType)
        return str_new(op == None ? "None" : op == True ? "True" : "False");
    if (op == NotImplemented)
        return str_new("NotImplemented");
    if (t == &ListType)
        return items_repr(op, "[", "]");
    if (t == &TupleType)
        return items_repr(op, "(", ")");
    if (t == &DictType)
        return dict_repr(op);
    if (is_view(op))
        return view_repr(op);
    if (t == &RangeType) {
        const Range *r = (const Range *)op;
        char text[96];
        if (r->step == 1)
            snprintf(text, sizeof text, "range(%ld, %ld)", r->start, r->stop);
        else
            snprintf(text, sizeof text, "range(%ld, %ld, %ld)", r->start, r->stop, r->step);
        return str_new(text);
    }
    if (t == &SliceType)
        return slice_repr(op);
    if (is_set(op))
        return set_repr(op);
    if (t == &CodeType)
        return code_repr(op);
//> 4 weakref_repr_call
    if (is_weakref(op))
        return weakref_repr(op);
    if (is_proxy(op))
        return proxy_repr(op);
    if (is_weakset(op))
        return weakset_repr(op);
    if (is_weakdict(op)) {
        Buf b = {0};
        buf_printf(&b, "<%s at %p>", type_name(op), (void *)op);
        return buf_finish(&b);
    }
    if (t == &WeakDictWalkType)
        return weakdict_walk_repr(op);
//< 4 weakref_repr_call
//> 5 finalize_repr_call
    if (t == &FinalizeType)
        return finalize_repr(op);
//< 5 finalize_repr_call
//> 5 gen_repr_call
    if (t == &GeneratorType)
        return gen_repr(op);
//< 5 gen_repr_call
//> 7 tracemalloc_repr
    if (is_tracemalloc_object(op))
        return tracemalloc_repr(op);
//< 7 tracemalloc_repr
    return object_repr(op);
}

Object *str_of(Object *op)
{
    if (op->type == &StrType)
        return newref(op);
//> 4 proxy_str
    if (is_proxy(op)) {
        Object *referent = proxy_referent(op);
        Object *text = referent ? str_of(referent) : NULL;
        xdecref(referent);
        return text;
    }
//< 4 proxy_str
    if (is_instance(op) && special_method(op, "__str__"))
        return user_text(op, "__str__", "__str__");
    if (is_instance(op) && special_method(op, "__repr__"))
        return user_text(op, "__repr__", "__str__");
    if (is_exception(op))
        return exception_text(op);
//> 7 tracemalloc_str
    if (is_tracemalloc_object(op))
        return tracemalloc_str(op);
//< 7 tracemalloc_str
    return repr_of(op);
}
