/* Graded tests of the chapter 4 exercise weakref_new
 * (exercises/04-weak-references/weakref_new.c).
 *
 * The tests make weak references with the student's function, some mixed
 * with the runtime's weakref_new and keyedref_new, and walk the referent's
 * list; then they let the runtime use that list: weakref_new's sharing,
 * clear_weakrefs when the referent dies by reference counting, and the
 * collector when it dies in a cycle. */
#include "graded.h"

#include "weak_log.h"

STUDENT_WRITES Object *my_weakref_new(Object *referent, Object *callback);

static void weakref_new_is_defined(void)
{
    ck_assert_defined(my_weakref_new);
}

/* The student's weak reference, checked to be one. */
static Object *made(Object *referent, Object *callback)
{
    Object *wr = my_weakref_new(referent, callback);
    ck_assert_msg(wr != NULL, "my_weakref_new returned NULL");
    ck_assert_msg(wr->type == &WeakRefType, "my_weakref_new returned a %s, "
                  "expected a weak reference (WeakRefType)", wr->type->name);
    ck_assert_msg(((WeakRef *)wr)->referent == referent, "the weak "
                  "reference's referent is not the object given");
    return wr;
}

static void release(Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++)
        decref(objects[i]);
}

START_TEST(a_callback_free_weak_reference_is_shared)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *first = made(x, NULL);
    ck_assert_refcnt(x, 1); /* a weak reference does not count */
    ck_assert_msg(gc_is_tracked(first), "a weak reference is a container "
                  "the collector tracks: call gc_track");
    ck_assert_msg(weakref_callback(first) == NULL, "a weak reference made "
                  "without a callback has one");
    Object *again = made(x, NULL);
    ck_assert_msg(again == first, "a second callback-free weak reference "
                  "was made: the first must be shared");
    ck_assert_refcnt(first, 2);
    Object *theirs = weakref_new(x, NULL); /* the runtime finds it too */
    ck_assert_msg(theirs == first, "the runtime's weakref_new did not find "
                  "your callback-free weak reference first in the list");
    Object *refs[] = {first};
    check_weak_list(x, refs, 1);
    Object *got = weakref_get(first);
    ck_assert_ptr_eq(got, x);
    Object *objects[] = {got, theirs, again, first, x, cls};
    release(objects, 6);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_weak_reference_with_a_callback_is_never_shared)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *callback = logging_callback(1);
    Object *a = made(x, callback), *b = made(x, callback);
    ck_assert_msg(a != b, "two weak references with callbacks are one: "
                  "only a callback-free one is shared");
    ck_assert_refcnt(callback, 3); /* each weak reference holds it */
    ck_assert_refcnt(a, 1);
    ck_assert_msg(weakref_callback(a) == callback, "the weak reference "
                  "does not hold its callback");
    Object *plain = made(x, NULL);
    ck_assert_msg(plain != a && plain != b, "a weak reference with a "
                  "callback was shared as the callback-free one");
    ck_assert_refcnt(x, 1);
    Object *objects[] = {plain, b, a, callback, x, cls};
    release(objects, 6);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_list_is_in_cpythons_order)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *callbacks[4];
    for (long i = 0; i < 4; i++)
        callbacks[i] = logging_callback(i);
    Object *a = made(x, callbacks[0]);
    Object *b = made(x, callbacks[1]);
    Object *refs_ab[] = {b, a}; /* newest first */
    check_weak_list(x, refs_ab, 2);
    Object *plain = made(x, NULL);
    Object *refs_pab[] = {plain, b, a}; /* the callback-free one first */
    check_weak_list(x, refs_pab, 3);
    Object *c = made(x, callbacks[2]);
    Object *theirs = weakref_new(x, callbacks[3]);
    Object *refs[] = {plain, theirs, c, b, a}; /* after the callback-free one */
    check_weak_list(x, refs, 5);
    ck_assert_uint_eq(weakref_count(x), 5);
    Object *objects[] = {theirs, c, plain, b, a, x, cls};
    release(objects, 7);
    release(callbacks, 4);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_new_callback_free_one_goes_first_again)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *callback = logging_callback(1);
    Object *old = made(x, NULL), *a = made(x, callback);
    decref(old); /* freed: it leaves the list */
    Object *refs_a[] = {a};
    check_weak_list(x, refs_a, 1);
    Object *plain = made(x, NULL);
    ck_assert_msg(plain != a, "a weak reference with a callback was shared "
                  "as the callback-free one");
    Object *b = made(x, callback);
    Object *refs[] = {plain, b, a};
    check_weak_list(x, refs, 3);
    Object *objects[] = {b, plain, a, callback, x, cls};
    release(objects, 6);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_keyed_ref_is_not_shared)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *key = str_new("key");
    Object *keyed = keyedref_new(x, NULL, key); /* callback-free, but keyed */
    Object *plain = made(x, NULL);
    ck_assert_msg(plain != keyed, "a KeyedRef was shared as the "
                  "callback-free weak reference");
    Object *refs[] = {plain, keyed};
    check_weak_list(x, refs, 2);
    Object *objects[] = {plain, keyed, key, x, cls};
    release(objects, 5);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_referent_dying_calls_back_in_list_order)
{
    Object *cls = class_new("C", NULL), *x = instance_new(cls);
    Object *callbacks[3], *refs[4];
    for (long i = 0; i < 3; i++) {
        callbacks[i] = logging_callback(i);
        refs[i] = made(x, callbacks[i]);
    }
    refs[3] = made(x, NULL);
    decref(x); /* the runtime's clear_weakrefs walks your list */
    ck_assert_uint_eq(call_count, 3);
    for (size_t i = 0; i < 3; i++) {
        ck_assert_call(i, 2 - (long)i, refs[2 - i]); /* newest first */
        ck_assert_ptr_null(weakref_get(refs[i]));
    }
    ck_assert_ptr_null(weakref_get(refs[3]));
    release(refs, 4);
    release(callbacks, 3);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_collector_sees_the_weak_reference_and_its_callback)
{
    Object *cls = class_new("C", NULL);
    Object *x = instance_new(cls);
    instance_setattr(x, "self", x); /* a cycle: only the collector frees x */
    Object *callback = logging_callback(7);
    Object *wr = made(x, callback);
    decref(callback); /* held by the weak reference alone */
    decref(x);
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_uint_eq(call_count, 1);
    ck_assert_call(0, 7, wr);
    ck_assert_ptr_null(weakref_get(wr));
    decref(wr);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_callback_free_weak_reference_is_shared, 2},
        {a_weak_reference_with_a_callback_is_never_shared, 1},
        {the_list_is_in_cpythons_order, 3},
        {a_new_callback_free_one_goes_first_again, 1},
        {a_keyed_ref_is_not_shared, 1},
        {the_referent_dying_calls_back_in_list_order, 1},
        {the_collector_sees_the_weak_reference_and_its_callback, 1},
    };
    return graded_suite("weakref_new", graded, GRADED_COUNT(graded),
                        weakref_new_is_defined);
}
