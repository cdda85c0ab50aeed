/* Graded tests of the chapter 4 exercise clear_weakrefs
 * (exercises/04-weak-references/clear_weakrefs.c).
 *
 * The tests give an object weak references with the runtime's weakref_new
 * and keyedref_new, call the student's function on it while it is still
 * alive, and look at the calls its logging callbacks made (weak_log.h), and
 * at the heap from inside them.  One calls it from inside a dealloc, where
 * a weak reference can be waiting in the trashcan with a count of zero. */
#include "graded.h"

#include "weak_log.h"

STUDENT_WRITES void my_clear_weakrefs(Object *op);

static void clear_weakrefs_is_defined(void)
{
    ck_assert_defined(my_clear_weakrefs);
}

static void release(Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++)
        decref(objects[i]);
}

/* x's weak references in list order: refs[0] callback-free, then a KeyedRef
 * and two plain ones with callbacks 0, 1, 2 (the list has them newest
 * first).  Each holds the only reference to its callback. */
enum { REFS = 4 };

static void make_refs(Object *x, Object *key, Object **refs)
{
    Object *callbacks[3];
    for (long i = 0; i < 3; i++)
        callbacks[i] = logging_callback(i);
    Object *a = weakref_new(x, callbacks[0]);
    Object *b = weakref_new(x, callbacks[1]);
    Object *c = keyedref_new(x, callbacks[2], key);
    Object *plain = weakref_new(x, NULL);
    Object *in_order[REFS] = {plain, c, b, a};
    check_weak_list(x, in_order, REFS);
    memcpy(refs, in_order, sizeof in_order);
    release(callbacks, 3);
}

START_TEST(every_weak_reference_is_cleared)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *key = str_new("key"), *refs[REFS];
    make_refs(x, key, refs);
    my_clear_weakrefs(x);
    ck_assert_msg(weakref_first(x) == NULL, "the object's list of weak "
                  "references is not empty");
    for (size_t i = 0; i < REFS; i++) {
        WeakRef *wr = (WeakRef *)refs[i];
        ck_assert_msg(wr->referent == NULL && wr->prev == NULL &&
                      wr->next == NULL, "weak reference %zu of the list "
                      "was not cleared (weakref_clear_referent)", i);
    }
    ck_assert_refcnt(x, 1);
    release(refs, REFS);
    Object *objects[] = {key, x, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(callbacks_run_in_list_order_each_with_its_weak_reference)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *key = str_new("key"), *refs[REFS];
    make_refs(x, key, refs);
    my_clear_weakrefs(x);
    ck_assert_msg(call_count == 3, "%zu callbacks were called, expected 3",
                  call_count);
    ck_assert_call(0, 2, refs[1]); /* the KeyedRef, newest */
    ck_assert_call(1, 1, refs[2]);
    ck_assert_call(2, 0, refs[3]);
    release(refs, REFS);
    Object *objects[] = {key, x, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

static Object *watched, *watched_refs[REFS];
static size_t seen_uncleared;

/* From inside a callback: is every weak reference to `watched` cleared? */
static void count_uncleared(Object *wr)
{
    (void)wr;
    seen_uncleared += weakref_count(watched);
    for (size_t i = 0; i < REFS; i++) {
        Object *referent = weakref_get(watched_refs[i]);
        seen_uncleared += referent != NULL;
        xdecref(referent);
    }
}

START_TEST(every_weak_reference_is_cleared_before_the_first_callback)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *key = str_new("key");
    make_refs(x, key, watched_refs);
    watched = x;
    on_call = count_uncleared;
    my_clear_weakrefs(x);
    ck_assert_msg(call_count == 3, "%zu callbacks were called, expected 3",
                  call_count);
    ck_assert_msg(seen_uncleared == 0, "a callback found a weak reference "
                  "to the object still set: clear them all, then call");
    on_call = NULL;
    release(watched_refs, REFS);
    Object *objects[] = {key, x, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_weak_reference_calls_back_once)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *callback = logging_callback(5);
    Object *wr = weakref_new(x, callback);
    my_clear_weakrefs(x);
    ck_assert_uint_eq(call_count, 1);
    ck_assert_msg(weakref_callback(wr) == NULL, "the weak reference still "
                  "holds its callback after the call");
    ck_assert_refcnt(callback, 1); /* the test's alone again */
    ck_assert_refcnt(wr, 1);
    my_clear_weakrefs(x); /* nothing left to clear */
    decref(x);            /* nor when it dies */
    ck_assert_uint_eq(call_count, 1);
    Object *objects[] = {wr, callback, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

static Object *keeper; /* a list, the only holder of the weak references */
static size_t freed_when_called;

/* The first call drops the list that holds every weak reference: the ones
 * still to be called must have been kept alive by my_clear_weakrefs. */
static void drop_the_keeper(Object *wr)
{
    freed_when_called += wr->refcnt <= 0;
    if (keeper != NULL) {
        Object *list = keeper;
        keeper = NULL;
        decref(list);
    }
}

START_TEST(a_callback_may_drop_the_other_weak_references)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *key = str_new("key"), *refs[REFS];
    make_refs(x, key, refs);
    keeper = list_new();
    for (size_t i = 0; i < REFS; i++)
        list_append(keeper, refs[i]);
    release(refs, REFS);
    on_call = drop_the_keeper;
    my_clear_weakrefs(x);
    ck_assert_msg(call_count == 3, "%zu callbacks were called, expected 3",
                  call_count);
    ck_assert_msg(freed_when_called == 0, "a callback was given a weak "
                  "reference that had been freed: hold each one until its "
                  "call is over");
    ck_assert_int_eq(calls[2].tag, 0);
    ck_assert_ptr_null(keeper);
    on_call = NULL;
    Object *objects[] = {key, x, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_weak_reference_waiting_to_be_freed_gets_no_callback)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *doomed_callback = logging_callback(1), *callback = logging_callback(2);
    Object *live = weakref_new(x, callback);
    /* Its dealloc drops the doomed weak reference, then clears x. */
    decref(releaser_new(weakref_new(x, doomed_callback), my_clear_weakrefs, x));
    ck_assert_msg(call_count >= 1, "the callback of a live weak reference "
                  "was not called");
    ck_assert_msg(call_count == 1, "%zu callbacks were called, expected 1: "
                  "a weak reference whose count is zero gets none",
                  call_count);
    ck_assert_call(0, 2, live);
    ck_assert_ptr_null(weakref_get(live));
    ck_assert_refcnt(doomed_callback, 1); /* released with its weak reference */
    Object *objects[] = {live, callback, doomed_callback, x, cls};
    release(objects, 5);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {every_weak_reference_is_cleared, 2},
        {callbacks_run_in_list_order_each_with_its_weak_reference, 2},
        {every_weak_reference_is_cleared_before_the_first_callback, 2},
        {a_weak_reference_calls_back_once, 1},
        {a_callback_may_drop_the_other_weak_references, 1},
        {a_weak_reference_waiting_to_be_freed_gets_no_callback, 2},
    };
    return graded_suite("clear_weakrefs", graded, GRADED_COUNT(graded),
                        clear_weakrefs_is_defined);
}
