/* weakref.c: weak references.  Chapter 4.  CPython: Objects/weakrefobject.c.
 *
 * Invariant: a weak reference is in its referent's list exactly while its
 * referent is set; clearing one unlinks it and sets the referent to NULL,
 * so a cleared weak reference can never lead back to the object it
 * watched, whatever happens to that object afterwards. */
#include "weakref.h"

#include <stdlib.h>

#include "callback.h"
#include "debug.h"
#include "gc.h"
#include "list.h"
#include "table.h"

static CallbackHook call_hook;

bool is_weakref(const Object *op)
{
    CHECK_NOT_NULL(op);
    return op->type == &WeakRefType || op->type == &KeyedRefType;
}

static WeakRef *as_weakref(const Object *op, const char *function)
{
    if (op == NULL || !is_weakref(op))
        fatal_wrong_type(op, function, "a weak reference");
    return (WeakRef *)op;
}

/* Where `op` keeps the head of its list of weak references. */
static WeakRef **weaklist(const Object *op)
{
    if (op == NULL || !is_weakrefable(op))
        fatal_misuse(op, "not weakly referenceable");
    return (WeakRef **)((char *)op + op->type->weaklist_offset);
}

/* The list keeps the callback-free weak reference first, so that
 * weakref_new finds it in one step; then the others, newest first. */
static void link_after(WeakRef *wr, WeakRef *prev, WeakRef **head)
{
    WeakRef *next = prev ? prev->next : *head;
    wr->prev = prev;
    wr->next = next;
    if (next)
        next->prev = wr;
    if (prev)
        prev->next = wr;
    else
        *head = wr;
}

static void unlink_weakref(WeakRef *wr)
{
    WeakRef **head = weaklist(wr->referent);
    if (wr->prev)
        wr->prev->next = wr->next;
    else
        *head = wr->next;
    if (wr->next)
        wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    wr->referent = NULL;
}

/* A weak reference whose own count is zero waits in dealloc.c's trashcan
 * to be freed (and unlinked): no one may be handed it any more. */
static bool dying(const WeakRef *wr)
{
    return wr->ob.refcnt == 0;
}

/* The callback-free weak reference of `referent`, or NULL. */
static WeakRef *basic_ref(Object *referent)
{
    WeakRef *first = *weaklist(referent);
    return first && first->callback == NULL && first->ob.type == &WeakRefType && !dying(first)
               ? first : NULL;
}

/* A callback the runtime could not call would fail only when the referent
 * dies, far from the mistake: it is refused here.  Callable are the
 * callbacks of callback.h, and, once an embedder has set a call hook, any
 * object (CPython too takes any object, and reports the error at the call). */
static void check_callable(const Object *callback, const char *function)
{
    if (callback != NULL && call_hook == NULL && !is_callback(callback))
        fatal_wrong_type(callback, function, "a callback (no call hook is set)");
}

static Object *make_ref(Type *type, Object *referent, Object *callback)
{
    /* The allocation may start a collection whose callbacks free the
     * callback-free weak reference or make one: look for it after. */
    Object *op = object_new(type, 0);
    WeakRef **head = weaklist(referent);
    WeakRef *basic = basic_ref(referent);
    WeakRef *wr = (WeakRef *)op;
    wr->referent = referent;
    wr->callback = callback ? newref(callback) : NULL;
    link_after(wr, callback || type != &WeakRefType ? basic : NULL, head);
    gc_track(op);
    return op;
}

Object *weakref_new(Object *referent, Object *callback)
{
    CHECK_NOT_NULL(referent);
    check_callable(callback, __func__);
    if (callback == NULL) {
        WeakRef *basic = basic_ref(referent);
        if (basic)
            return newref(&basic->ob);
    }
    return make_ref(&WeakRefType, referent, callback);
}

Object *keyedref_new(Object *referent, Object *callback, Object *key)
{
    CHECK_NOT_NULL(referent);
    CHECK_NOT_NULL(key);
    check_callable(callback, __func__);
    Object *op = make_ref(&KeyedRefType, referent, callback);
    ((KeyedRef *)op)->key = newref(key);
    return op;
}

/* The referent, if it is alive.  A referent whose count is zero is dying:
 * set aside in dealloc.c's trashcan, its weak references not cleared yet.
 * It must not be handed out, which would bring it back; CPython 3.11's
 * PyWeakref_GET_OBJECT answers None for it too. */
static Object *live_referent(const Object *wr, const char *function)
{
    Object *referent = as_weakref(wr, function)->referent;
    return referent && referent->refcnt > 0 ? referent : NULL;
}

Object *weakref_get(const Object *wr)
{
    Object *referent = live_referent(wr, __func__);
    return referent ? newref(referent) : NULL;
}

bool weakref_alive(const Object *wr)
{
    return live_referent(wr, __func__) != NULL;
}

Object *weakref_callback(const Object *wr)
{
    return as_weakref(wr, __func__)->callback;
}

bool weakref_can_hash(const Object *wr)
{
    const WeakRef *ref = as_weakref(wr, __func__);
    return ref->referent != NULL || ref->hashed;
}

size_t weakref_count(const Object *op)
{
    CHECK_NOT_NULL(op);
    size_t count = 0;
    if (is_weakrefable(op))
        for (WeakRef *wr = *weaklist(op); wr; wr = wr->next)
            count += !dying(wr);
    return count;
}

Object *weakref_list_of(const Object *op)
{
    CHECK_NOT_NULL(op);
    Object *list = list_new();
    if (is_weakrefable(op))
        for (WeakRef *wr = *weaklist(op); wr; wr = wr->next)
            if (!dying(wr))
                list_append(list, &wr->ob);
    return list;
}

Object *weakref_first(const Object *op)
{
    WeakRef *first = *weaklist(op);
    return first ? &first->ob : NULL;
}

void weakref_clear_referent(Object *wr)
{
    WeakRef *ref = as_weakref(wr, __func__);
    if (ref->referent)
        unlink_weakref(ref);
}

void weakref_set_call_hook(CallbackHook hook)
{
    call_hook = hook;
}

void call_weakref_callback(Object *callback, Object *wr)
{
    CHECK_NOT_NULL(callback);
    CHECK_NOT_NULL(wr);
    if (callback_call_native(callback, wr))
        return;
    if (call_hook == NULL)
        fatal_misuse(callback, "a weak reference callback the runtime cannot call");
    call_hook(callback, wr);
}

/* A weak reference whose callback is to run, and the callback, each held
 * by a new reference while the callbacks run. */
typedef struct Pending {
    Object *wr;
    Object *callback;
} Pending;

/* First clear every weak reference, then run the callbacks: a callback
 * that looks at any of them finds all cleared.  A weak reference whose own
 * count is zero is waiting to be freed (in dealloc.c's trashcan): it is
 * cleared, and its callback not run, as CPython skips it. */
void clear_weakrefs(Object *op)
{
    size_t count = weakref_count(op), calls = 0;
    Pending *pending = count ? malloc(count * sizeof *pending) : NULL;
    if (count && pending == NULL)
        fatal_out_of_memory("clearing weak references");
    WeakRef *wr;
    while ((wr = *weaklist(op)) != NULL) {
        unlink_weakref(wr);
        if (wr->callback && wr->ob.refcnt > 0) {
            pending[calls++] = (Pending){newref(&wr->ob), wr->callback};
            wr->callback = NULL; /* the reference moves to pending */
        }
    }
    for (size_t i = 0; i < calls; i++) {
        call_weakref_callback(pending[i].callback, pending[i].wr);
        decref(pending[i].callback);
        decref(pending[i].wr);
    }
    free(pending);
}

/* The referent's hash, kept: a dead weak reference that is a dict key must
 * still be found by its hash (a weak-keyed dictionary removes it so). */
static uint64_t weakref_hash(const Object *op)
{
    WeakRef *wr = as_weakref(op, __func__);
    if (!wr->hashed) {
        if (wr->referent == NULL)
            fatal_misuse(op, "hash of a dead weak reference");
        uint64_t hash = key_hash(wr->referent);
        if (hash == HASH_FAILED)
            return HASH_FAILED; /* and tried again next time */
        wr->hash = hash;
        wr->hashed = true;
    }
    return wr->hash;
}

/* Two live weak references are equal when their referents are; once either
 * is dead, only a weak reference is equal to itself. */
static int weakref_equal(const Object *a, const Object *b)
{
    if (!is_weakref(a) || !is_weakref(b))
        return 0;
    Object *ra = ((const WeakRef *)a)->referent, *rb = ((const WeakRef *)b)->referent;
    return ra && rb ? key_equal(ra, rb) : a == b;
}

static int weakref_traverse(Object *self, visitproc visit, void *arg)
{
    Object *callback = as_weakref(self, __func__)->callback;
    return callback ? visit(callback, arg) : 0;
}

/* Unlinked and without its callback: CPython's clear_weakref. */
static void weakref_clear(Object *self)
{
    WeakRef *wr = as_weakref(self, __func__);
    Object *callback = wr->callback;
    weakref_clear_referent(self);
    wr->callback = NULL;
    xdecref(callback);
}

static int keyedref_traverse(Object *self, visitproc visit, void *arg)
{
    Object *key = ((KeyedRef *)self)->key;
    int stop = weakref_traverse(self, visit, arg);
    return stop || key == NULL ? stop : visit(key, arg);
}

static void keyedref_clear(Object *self)
{
    KeyedRef *kr = (KeyedRef *)self;
    Object *key = kr->key;
    weakref_clear(self);
    kr->key = NULL;
    xdecref(key);
}

Type WeakRefType = {
    .name = "weakref.ReferenceType",
    .basic_size = sizeof(WeakRef),
    .flags = TYPE_GC,
    .dealloc = weakref_clear,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .hash = weakref_hash,
    .equal = weakref_equal,
};

Type KeyedRefType = {
    .name = "weakref.KeyedRef",
    .basic_size = sizeof(KeyedRef),
    .flags = TYPE_GC,
    .dealloc = keyedref_clear,
    .traverse = keyedref_traverse,
    .clear = keyedref_clear,
    .hash = weakref_hash,
    .equal = weakref_equal,
};
