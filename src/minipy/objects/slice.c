/* slice.c: slice objects, and slicing lists, tuples and strs.  Chapter 2
 * (the runner).  CPython: Objects/sliceobject.c, and list_subscript,
 * list_ass_subscript, tuplesubscript and unicode_subscript.
 *
 * A slice is a container in CPython 3.11 (tracked, unhashable): it may hold
 * any object, though slicing accepts only ints and None. */
#include "slice.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "debug.h"
#include "error.h"
#include "gc.h"
#include "list.h"
#include "minipy.h"
#include "ops.h"
#include "str.h"

/* start, stop, step: the order CPython's slice_traverse visits them. */
static int slice_traverse(Object *self, visitproc visit, void *arg)
{
    Slice *s = (Slice *)self;
    Object *parts[] = {s->start, s->stop, s->step};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        int stop = parts[i] ? visit(parts[i], arg) : 0;
        if (stop)
            return stop;
    }
    return 0;
}

static void slice_clear(Object *self)
{
    Slice *s = (Slice *)self;
    Object **parts[] = {&s->start, &s->stop, &s->step};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        Object *part = *parts[i];
        *parts[i] = NULL;
        xdecref(part);
    }
}

Type SliceType = {
    .name = "slice",
    .basic_size = sizeof(Slice),
    .flags = TYPE_GC | TYPE_UNHASHABLE,
    .dealloc = slice_clear,
    .traverse = slice_traverse,
    .clear = slice_clear,
};

Object *slice_new(Object *start, Object *stop, Object *step)
{
    Object *op = object_new(&SliceType, 0);
    Slice *s = (Slice *)op;
    s->start = newref(start);
    s->stop = newref(stop);
    s->step = newref(step);
    gc_track(op);
    return op;
}

Object *slice_construct(Object *self, Object **args, size_t nargs)
{
    (void)self;
    if (nargs == 0)
        return raise("TypeError", "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return raise("TypeError", "slice expected at most 3 arguments, got %zu", nargs);
    if (nargs == 1)
        return slice_new(None, args[0], None);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : None);
}

Object *slice_attribute(Object *op, const char *name)
{
    Slice *s = (Slice *)op;
    if (strcmp(name, "start") == 0)
        return newref(s->start);
    if (strcmp(name, "stop") == 0)
        return newref(s->stop);
    if (strcmp(name, "step") == 0)
        return newref(s->step);
    return NULL;
}

int slice_equal(Object *a, Object *b)
{
    const Slice *x = (const Slice *)a, *y = (const Slice *)b;
    int same = equal(x->start, y->start);
    if (same == 1)
        same = equal(x->stop, y->stop);
    if (same == 1)
        same = equal(x->step, y->step);
    return same;
}

/* One bound of a slice: `absent` for None. */
static int slice_index(const Object *part, long absent, long *out)
{
    if (part == None) {
        *out = absent;
        return 0;
    }
    if (!is_int(part)) {
        raise("TypeError", "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = as_long(part);
    return 0;
}

/* A bound counted from the end if negative, then clamped into the
 * sequence (to -1 or length - 1 when stepping backwards). */
static long clamp(long index, long length, long step)
{
    if (index < 0) {
        index += length;
        if (index < 0)
            index = step < 0 ? -1 : 0;
    } else if (index >= length) {
        index = step < 0 ? length - 1 : length;
    }
    return index;
}

int slice_resolve(const Object *op, long length, SliceRange *out)
{
    const Slice *s = (const Slice *)op;
    long start, stop, step;
    if (slice_index(s->step, 1, &step) < 0)
        return -1;
    if (step == 0) {
        raise("ValueError", "slice step cannot be zero");
        return -1;
    }
    if (step == LONG_MIN) /* so that -step fits, as CPython clamps it */
        step = -LONG_MAX;
    if (slice_index(s->start, step < 0 ? LONG_MAX : 0, &start) < 0 ||
        slice_index(s->stop, step < 0 ? LONG_MIN : LONG_MAX, &stop) < 0)
        return -1;
    start = clamp(start, length, step);
    stop = clamp(stop, length, step);
    long count = 0;
    if (step < 0 && stop < start)
        count = (long)(((unsigned long)start - (unsigned long)stop - 1) / (0 - (unsigned long)step)) + 1;
    else if (step > 0 && start < stop)
        count = (stop - start - 1) / step + 1;
    *out = (SliceRange){.start = start, .step = step, .count = count};
    return 0;
}

/* The byte offset where each character of a UTF-8 str starts, and one past
 * the end: a new array of length + 1 entries. */
static size_t *char_offsets(Object *s, long length)
{
    size_t *offsets = malloc(((size_t)length + 1) * sizeof *offsets);
    if (offsets == NULL)
        fatal_out_of_memory("slicing a str");
    const char *chars = str_chars(s);
    size_t bytes = str_length(s);
    long seen = 0;
    for (size_t i = 0; i < bytes; i++)
        if (((unsigned char)chars[i] & 0xC0) != 0x80)
            offsets[seen++] = i;
    offsets[seen] = bytes;
    return offsets;
}

static Object *str_slice(Object *s, const SliceRange *r, long length)
{
    size_t *offsets = char_offsets(s, length);
    const char *chars = str_chars(s);
    char *out = malloc(str_length(s) + 1);
    if (out == NULL)
        fatal_out_of_memory("slicing a str");
    size_t used = 0;
    for (long i = 0, at = r->start; i < r->count; i++, at += r->step) {
        size_t bytes = offsets[at + 1] - offsets[at];
        memcpy(out + used, chars + offsets[at], bytes);
        used += bytes;
    }
    Object *result = str_from_bytes(out, used);
    free(out);
    free(offsets);
    return result;
}

Object *sequence_get_slice(Object *seq, Object *slice)
{
    const Type *t = seq->type;
    if (t != &ListType && t != &TupleType && t != &StrType)
        return NULL;
    long length_of = length(seq);
    SliceRange r;
    /* resolving runs no code: the items cannot change under us */
    if (slice_resolve(slice, length_of, &r) < 0)
        return NULL;
    if (t == &StrType)
        return str_slice(seq, &r, length_of);
    size_t count;
    Object **items = items_of(seq, &count);
    Object **picked = calloc((size_t)r.count + 1, sizeof *picked);
    if (picked == NULL)
        fatal_out_of_memory("slicing");
    for (long i = 0, at = r.start; i < r.count; i++, at += r.step)
        picked[i] = newref(items[at]);
    Object *result;
    if (t == &TupleType) {
        result = tuple_from(picked, (size_t)r.count);
    } else {
        result = list_new();
        for (long i = 0; i < r.count; i++)
            list_append(result, picked[i]);
        release_all(picked, (size_t)r.count);
    }
    free(picked);
    return result;
}

/* list[start:stop] = items (count of them, borrowed): the list's array is
 * rebuilt, and the replaced items released once the list is whole again
 * (their finalizers may look at it), last to first, as CPython's
 * list_ass_slice. */
static void replace_run(List *l, long start, long stop, Object **items, size_t count)
{
    if (stop < start)
        stop = start;
    size_t removed = (size_t)(stop - start), size = l->size - removed + count;
    Object **old = malloc((removed + 1) * sizeof *old);
    Object **fresh = list_items_resize(NULL, size + 1);
    if (old == NULL || fresh == NULL)
        fatal_out_of_memory("assigning to a slice");
    memcpy(old, l->items + start, removed * sizeof *old);
    memcpy(fresh, l->items, (size_t)start * sizeof *fresh);
    for (size_t i = 0; i < count; i++)
        fresh[(size_t)start + i] = newref(items[i]);
    memcpy(fresh + (size_t)start + count, l->items + stop, (l->size - (size_t)stop) * sizeof *fresh);
    list_items_free(l->items);
    l->items = fresh;
    l->size = l->capacity = size;
    for (size_t i = removed; i-- > 0;)
        decref(old[i]);
    free(old);
}

/* The items to assign, as a new list: CPython's PySequence_Fast, whose
 * message names what was expected. */
static Object *assigned_items(Object *value, const char *message)
{
    Iter it;
    if (iter_start(&it, value) < 0) {
        error_clear();
        return raise("TypeError", "%s", message);
    }
    iter_end(&it);
    return list_from_iterable(value);
}

/* An extended slice: each chosen item replaced, or (items NULL) deleted. */
static void replace_stepped(List *l, const SliceRange *r, Object **items)
{
    Object **old = malloc(((size_t)r->count + 1) * sizeof *old);
    if (old == NULL)
        fatal_out_of_memory("assigning to a slice");
    for (long i = 0, at = r->start; i < r->count; i++, at += r->step) {
        old[i] = l->items[at];
        l->items[at] = items ? newref(items[i]) : NULL;
    }
    if (items == NULL) { /* close the gaps the deleted items left */
        size_t kept = 0;
        for (size_t i = 0; i < l->size; i++)
            if (l->items[i] != NULL)
                l->items[kept++] = l->items[i];
        l->size = kept;
    }
    release_all(old, (size_t)r->count);
    free(old);
}

int list_assign_slice(Object *list, Object *slice, Object *value)
{
    SliceRange r;
    if (slice_resolve(slice, (long)list_size(list), &r) < 0)
        return -1;
    List *l = (List *)list;
    Object *items = NULL;
    if (value != NULL) {
        items = assigned_items(value, r.step == 1 ? "can only assign an iterable"
                                                  : "must assign iterable to extended slice");
        if (items == NULL)
            return -1;
    }
    /* the list may have changed while the value was iterated */
    if (slice_resolve(slice, (long)list_size(list), &r) < 0) {
        xdecref(items);
        return -1;
    }
    size_t count = items ? list_size(items) : 0;
    Object **source = items ? ((List *)items)->items : NULL;
    int status = 0;
    if (r.step == 1) {
        replace_run(l, r.start, r.start + r.count, source, count);
    } else if (items != NULL && (long)count != r.count) {
        raise("ValueError", "attempt to assign sequence of size %zu to extended slice of size %ld",
              count, r.count);
        status = -1;
    } else {
        replace_stepped(l, &r, source);
    }
    xdecref(items);
    return status;
}
