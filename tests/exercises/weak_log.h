/* weak_log.h: for the graded tests of weak references (chapter 4): C
 * callbacks that log their calls, and a bounded walk of an object's list of
 * weak references.
 *
 * Each test runs in a process of its own, so the log starts empty. */
#ifndef TEST_WEAK_LOG_H
#define TEST_WEAK_LOG_H

#include "graded.h"

enum { CALLS_MAX = 64, WEAK_LIST_MAX = 16 };

typedef struct Call {
    long tag;   /* which callback: the int it was made with */
    Object *wr; /* the weak reference it was given (borrowed, may be dead by now) */
} Call;

static Call calls[CALLS_MAX];
static size_t call_count;
/* Run by every logging callback after it logs, to look at the heap while
 * the callbacks run; or NULL. */
static void (*on_call)(Object *wr);

static inline void log_call(Object *data, Object *wr)
{
    if (call_count < CALLS_MAX)
        calls[call_count] = (Call){int_value(data), wr};
    call_count++;
    if (on_call)
        on_call(wr);
}

/* A callback that logs each of its calls under `tag`. */
static inline Object *logging_callback(long tag)
{
    Object *data = int_new(tag);
    Object *callback = callback_new(log_call, data);
    decref(data);
    return callback;
}

/* Call i was callback `tag` given `wr`.  A macro, so that a failure names
 * the test's line. */
#define ck_assert_call(i, expected_tag, expected_wr)                         \
    do {                                                                     \
        ck_assert_msg(call_count > (i), "callback %ld was not called (%zu "  \
                      "calls in all)", (long)(expected_tag), call_count);    \
        ck_assert_msg(calls[i].tag == (expected_tag), "call %d was of "      \
                      "callback %ld, expected callback %ld", (int)(i),       \
                      calls[i].tag, (long)(expected_tag));                   \
        ck_assert_msg(calls[i].wr == (expected_wr), "callback %ld was not "  \
                      "given its own weak reference", (long)(expected_tag)); \
    } while (0)

/* The head of op's list of weak references, read where the type keeps it. */
static inline WeakRef *weak_list_head(const Object *op)
{
    return *(WeakRef *const *)((const char *)op + op->type->weaklist_offset);
}

/* op's list holds exactly `expected`, in this order, doubly linked, and
 * each weak reference in it points at op.  The walk stops after
 * WEAK_LIST_MAX steps, so a list linked into a loop fails instead of
 * hanging. */
static inline void check_weak_list(const Object *op, Object *const *expected, size_t count)
{
    WeakRef *prev = NULL, *wr = weak_list_head(op);
    size_t i = 0;
    for (; wr != NULL && i < WEAK_LIST_MAX; i++, prev = wr, wr = wr->next) {
        ck_assert_msg(i < count, "the list of weak references holds more "
                      "than the %zu expected", count);
        ck_assert_msg(&wr->ob == expected[i], "weak reference %zu of the "
                      "list is not the one expected there (the "
                      "callback-free one first, then the others newest "
                      "first)", i);
        ck_assert_msg(wr->prev == prev, "weak reference %zu of the list: "
                      "its prev is not the one before it (NULL for the "
                      "first)", i);
        ck_assert_msg(wr->referent == op, "weak reference %zu of the list "
                      "does not point at the object", i);
    }
    ck_assert_msg(wr == NULL, "the list of weak references does not end "
                  "(a loop, or more than %d)", WEAK_LIST_MAX);
    ck_assert_msg(i == count, "the list holds %zu weak references, "
                  "expected %zu", i, count);
}

/* A new instance of cls with attribute `name` set to value. */
static inline Object *instance_with(Object *cls, const char *name, Object *value)
{
    Object *op = instance_new(cls);
    instance_setattr(op, name, value);
    return op;
}

/* An object whose dealloc drops a weak reference, then calls then(arg).
 * releaser_new hands it back at the bottom of a chain of lists, so that it
 * dies UNWIND_LEVEL deaths deep: the weak reference it drops is set aside in
 * dealloc.c's trashcan, with a count of zero, untracked, still in its
 * referent's list, and waits there to be freed while then(arg) runs. */
typedef struct Releaser {
    Object ob;
    Object *wr;  /* owned */
    Object *arg; /* borrowed */
    void (*then)(Object *arg);
} Releaser;

static inline void releaser_dealloc(Object *self)
{
    Releaser *r = (Releaser *)self;
    decref(r->wr);
    r->then(r->arg);
}

/* A releaser that takes over the caller's reference to wr, under
 * UNWIND_LEVEL - 1 lists, the first of which is returned. */
static inline Object *releaser_new(Object *wr, void (*then)(Object *arg), Object *arg)
{
    static Type releaser_type = {
        .name = "releaser",
        .basic_size = sizeof(Releaser),
        .dealloc = releaser_dealloc,
    };
    Object *op = object_new(&releaser_type, 0);
    *(Releaser *)op = (Releaser){*op, wr, arg, then};
    for (int depth = 1; depth < UNWIND_LEVEL; depth++) {
        Object *holder = list_new();
        list_append(holder, op);
        decref(op);
        op = holder;
    }
    return op;
}

#endif
