/* unpack.c: storing into a tuple or list of targets, `a, (b, *c) = value`.
 * Chapter 2 (the runner).  CPython: Python/ceval.c (UNPACK_SEQUENCE,
 * UNPACK_EX and unpack_iterable).
 *
 * As CPython 3.11's bytecode does, every item is taken from the value, in
 * iteration order, before anything is stored; the value is released; then
 * the items are stored left to right, each target unpacking its own in
 * turn.  A starred target takes the middle items as a new list. */
#include "interp.h"

#include <stdlib.h>
#include <string.h>

#include "call.h"
#include "debug.h"
#include "error.h"
#include "instance.h"
#include "list.h"
#include "minipy.h"
#include "ops.h"
#include "protocols.h"

/* The index of the starred target among the targets, or their count. */
static size_t starred_index(const Node *target)
{
    for (size_t i = 0; i < target->items.count; i++)
        if (target->items.items[i]->kind == N_STARRED)
            return i;
    return target->items.count;
}

static void push(Object ***items, size_t *count, size_t *capacity, Object *item)
{
    if (*count == *capacity) {
        *capacity *= 2;
        *items = realloc(*items, *capacity * sizeof **items);
        if (*items == NULL)
            fatal_out_of_memory("unpacking");
    }
    (*items)[(*count)++] = item;
}

/* The items of value for `expected` targets (at least that many, with a
 * star): a new array of new references and their number, or NULL with
 * CPython 3.11's error. */
static Object **take_items(Object *value, size_t expected, bool star, size_t *got)
{
    Iter it;
    if (iter_start(&it, value) < 0) {
        /* an error of the class's own __iter__ goes on as it is */
        if (is_instance(value) && has_special(value, "__iter__"))
            return NULL;
        error_clear();
        raise("TypeError", "cannot unpack non-iterable %s object", type_name(value));
        return NULL;
    }
    /* room for every target, the star's list included, whatever comes */
    size_t count = 0, capacity = expected + 1;
    Object **items = malloc(capacity * sizeof *items), *item;
    if (items == NULL)
        fatal_out_of_memory("unpacking");
    /* without a star, one item past the targets is enough to know */
    while ((star || count <= expected) && (item = iter_next(&it)) != NULL)
        push(&items, &count, &capacity, item);
    iter_end(&it);
    if (!error_occurred()) {
        if (count > expected && !star) {
            raise("ValueError", "too many values to unpack (expected %zu)", expected);
        } else if (count < expected) {
            if (star)
                raise("ValueError", "not enough values to unpack (expected at least %zu, got %zu)",
                      expected, count);
            else
                raise("ValueError", "not enough values to unpack (expected %zu, got %zu)",
                      expected, count);
        } else {
            *got = count;
            return items;
        }
    }
    release_all(items, count);
    free(items);
    return NULL;
}

int unpack_store(Frame *f, Node *target, Object *value)
{
    size_t targets = target->items.count, star = starred_index(target);
    bool starred = star < targets;
    size_t count;
    Object **items = take_items(value, targets - starred, starred, &count);
    decref(value);
    if (items == NULL)
        return -1;
    if (starred) { /* the middle items become the star's list, in place */
        size_t after = targets - star - 1, middle = count - after - star;
        Object *rest = list_new();
        for (size_t i = 0; i < middle; i++) {
            list_append(rest, items[star + i]);
            decref(items[star + i]);
        }
        memmove(&items[star + 1], &items[star + middle], after * sizeof *items);
        items[star] = rest;
        count = targets;
    }
    int status = 0;
    for (size_t i = 0; i < count; i++) {
        Node *each = target->items.items[i];
        if (status == 0)
            status = store_target(f, each->kind == N_STARRED ? each->a : each, items[i]);
        else
            decref(items[i]);
    }
    free(items);
    return status;
}
