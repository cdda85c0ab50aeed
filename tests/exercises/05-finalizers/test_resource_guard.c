/* Graded tests of the chapter 5 exercise resource_guard
 * (exercises/05-finalizers/resource_guard.c).
 *
 * The tests provide the fake resource and count, handle by handle, how
 * often each was closed; then let guards and closers die in every way an
 * object can: by reference counting, in a cycle the collector finds, at
 * shutdown or exit, or closed by hand first. */
#include "graded.h"

#include "finalize_log.h"

STUDENT_WRITES Object *my_guard_class_new(void);
STUDENT_WRITES Object *my_guard_open(Object *guard_class);
STUDENT_WRITES void my_guard_close(Object *guard);
STUDENT_WRITES Object *my_closer_open(Object *owner);

static void resource_guard_is_defined(void)
{
    ck_assert_defined(my_guard_class_new);
    ck_assert_defined(my_guard_open);
    ck_assert_defined(my_guard_close);
    ck_assert_defined(my_closer_open);
}

enum { RESOURCES_MAX = 8 };
static long opened;
static int closes[RESOURCES_MAX + 1]; /* by handle */

long resource_open(void);
void resource_close(long handle);

long resource_open(void)
{
    ck_assert_msg(opened < RESOURCES_MAX, "more resources opened than the "
                  "tests asked for");
    return ++opened;
}

void resource_close(long handle)
{
    ck_assert_msg(handle >= 1 && handle <= opened, "resource_close(%ld): no "
                  "such handle was opened", handle);
    closes[handle]++;
}

/* Resource `handle` was closed `times` times.  A macro, so that a failure
 * names the test's line. */
#define ck_assert_closed(handle, times)                                      \
    ck_assert_msg(closes[handle] == (times), "resource %ld was closed %d "   \
                  "times, expected %d", (long)(handle), closes[handle],      \
                  (int)(times))

static Object *new_guard_class(void)
{
    Object *cls = my_guard_class_new();
    ck_assert_msg(cls != NULL && cls->type == &ClassType, "my_guard_class_new "
                  "did not return a class");
    return cls;
}

static Object *new_guard(Object *cls)
{
    Object *guard = my_guard_open(cls);
    ck_assert_msg(guard != NULL && is_instance(guard) &&
                  instance_class(guard) == cls, "my_guard_open did not return "
                  "an instance of the guard class");
    ck_assert_msg(opened == 1, "my_guard_open opened %ld resources, "
                  "expected one", opened);
    return guard;
}

static Object *new_closer(Object *owner)
{
    Object *closer = my_closer_open(owner);
    ck_assert_msg(closer != NULL && closer->type == &FinalizeType,
                  "my_closer_open did not return a finalize object");
    ck_assert_msg(owner->refcnt == 1, "my_closer_open changed its owner's "
                  "count to %ld: something holds the owner, which then "
                  "can never die", (long)owner->refcnt);
    return closer;
}

START_TEST(a_guard_closes_once_when_it_dies)
{
    Object *cls = new_guard_class(), *guard = new_guard(cls);
    ck_assert_closed(1, 0);
    decref(guard);
    ck_assert_closed(1, 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_guard_closed_by_hand_is_not_closed_again)
{
    Object *cls = new_guard_class(), *guard = new_guard(cls);
    my_guard_close(guard);
    ck_assert_closed(1, 1);
    my_guard_close(guard);
    decref(guard);
    ck_assert_closed(1, 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_guard_in_a_cycle_closes_only_in_a_collection)
{
    Object *cls = new_guard_class(), *guard = new_guard(cls);
    instance_setattr(guard, "self", guard);
    decref(guard);
    ck_assert_closed(1, 0); /* the count cannot reach zero */
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_closed(1, 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_guard_alive_at_shutdown_closes_once)
{
    Object *cls = new_guard_class(), *guard = new_guard(cls);
    finalize_remaining();
    ck_assert_closed(1, 1);
    decref(guard);
    ck_assert_closed(1, 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_closer_closes_once_when_its_owner_dies)
{
    Object *cls = class_new("Owner", NULL), *owner = instance_new(cls);
    Object *closer = new_closer(owner);
    ck_assert(finalize_alive(closer));
    ck_assert_closed(1, 0);
    decref(owner);
    ck_assert_closed(1, 1);
    ck_assert(!finalize_alive(closer));
    finalize_call(closer); /* called or not, it never calls again */
    ck_assert_closed(1, 1);
    Object *objects[] = {closer, cls};
    release(objects, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* The owner in a cycle is freed by a collection, not resurrected: the
 * closer's call never sees it. */
START_TEST(a_closer_lets_its_owner_die_in_a_cycle)
{
    Object *cls = class_new("Owner", NULL), *owner = instance_new(cls);
    instance_setattr(owner, "self", owner);
    Object *closer = my_closer_open(owner);
    ck_assert_msg(closer != NULL, "my_closer_open returned NULL");
    decref(closer);
    decref(owner);
    ck_assert_closed(1, 0);
    gc_collect();
    ck_assert_closed(1, 1);
    ck_assert_msg(cls->refcnt == 1, "the owner is still alive after the "
                  "collection");
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* Two owners that outlive the program: one closer is called early, the
 * other at exit; neither closes again when its owner dies. */
START_TEST(a_closer_closes_at_exit_or_when_called)
{
    Object *cls = class_new("Owner", NULL);
    Object *early = instance_new(cls), *late = instance_new(cls);
    Object *early_closer = new_closer(early), *late_closer = new_closer(late);
    finalize_call(early_closer);
    ck_assert_closed(1, 1);
    ck_assert_closed(2, 0);
    finalize_at_exit();
    ck_assert_closed(2, 1);
    Object *objects[] = {early, late, early_closer, late_closer, cls};
    release(objects, 5);
    ck_assert_closed(1, 1);
    ck_assert_closed(2, 1);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_guard_closes_once_when_it_dies, 2},
        {a_guard_closed_by_hand_is_not_closed_again, 1},
        {a_guard_in_a_cycle_closes_only_in_a_collection, 2},
        {a_guard_alive_at_shutdown_closes_once, 1},
        {a_closer_closes_once_when_its_owner_dies, 2},
        {a_closer_lets_its_owner_die_in_a_cycle, 1},
        {a_closer_closes_at_exit_or_when_called, 1},
    };
    return graded_suite("resource_guard", graded, GRADED_COUNT(graded),
                        resource_guard_is_defined);
}
