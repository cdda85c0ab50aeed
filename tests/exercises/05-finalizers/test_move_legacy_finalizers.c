/* Graded tests of the chapter 5 exercise move_legacy_finalizers
 * (exercises/05-finalizers/move_legacy_finalizers.c).
 *
 * Each test makes trash, some of it with finalizers, runs a collection
 * with the student's phase where legacy mode calls it, checks the two
 * lists, then lets the collection finish as collect_main would: which
 * objects end in the garbage list, which are freed, which stay.  At the
 * end the garbage is released and collected as CPython 3.4 does. */
#include "graded.h"

#include "finalize_log.h"
#include "gc_state.h"

STUDENT_WRITES void my_move_legacy_finalizers(GCHead *unreachable, GCHead *finalizers);

static void move_legacy_finalizers_is_defined(void)
{
    ck_assert_defined(my_move_legacy_finalizers);
}

/* The rest of collect_main after the student's phase, in legacy mode.
 * Returns how many objects it freed; c->uncollectable says how many it
 * could not. */
static long collect_the_rest(Collection *c)
{
    handle_weakrefs(&c->unreachable, c->old);
    if (finalize_garbage(&c->unreachable) > 0)
        handle_resurrected_objects(&c->unreachable, c->old);
    return collection_end(c);
}

static Object *garbage_item(size_t i)
{
    Object *garbage = gc_get_garbage();
    return i < list_size(garbage) ? list_getitem(garbage, i) : NULL;
}

#define ck_assert_garbage_size(n)                                            \
    ck_assert_msg(list_size(gc_get_garbage()) == (n), "the garbage list "    \
                  "holds %zu objects, expected %zu",                         \
                  list_size(gc_get_garbage()), (size_t)(n))

/* What 3.3's programs had to do: break the cycles by hand.  Here: drop the
 * garbage list and collect as 3.4 does, finalizers and all. */
static void free_the_garbage(void)
{
    gc_release_garbage();
    gc_collect();
}

START_TEST(a_cycle_with_a_finalizer_is_uncollectable)
{
    Object *legacy = class_new("Legacy", log_finalizer), *plain = class_new("Plain", NULL);
    Object *a = instance_new(legacy), *b = instance_with(plain, "a", a);
    instance_setattr(a, "b", b);
    Object *objects[] = {a, b};
    release(objects, 2);
    Collection c;
    collection_begin(&c, 0);
    my_move_legacy_finalizers(&c.unreachable, &c.finalizers);
    ck_assert_list(&c.finalizers, 2, false);
    ck_assert_list(&c.unreachable, 0, true);
    ck_assert_int_eq(collect_the_rest(&c), 0);
    ck_assert_int_eq(c.uncollectable, 2);
    ck_assert_msg(seen_count == 0, "a finalizer ran: in legacy mode none does");
    ck_assert_garbage_size(1);
    ck_assert_ptr_eq(garbage_item(0), a);
    ck_assert_ptr_eq(instance_getattr(a, "b"), b); /* b is whole, held by a */
    free_the_garbage();
    ck_assert_uint_eq(seen_count, 1);
    Object *classes[] = {legacy, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* Made deepest first: the list holds d, c, b, a, and what a reaches is
 * three links away. */
START_TEST(everything_a_finalizer_reaches_stays)
{
    Object *legacy = class_new("Legacy", log_finalizer), *plain = class_new("Plain", NULL);
    Object *d = instance_new(plain), *c_ = instance_with(plain, "d", d);
    Object *b = instance_with(plain, "c", c_), *a = instance_with(legacy, "b", b);
    instance_setattr(d, "b", b);
    instance_setattr(a, "self", a);
    Object *objects[] = {d, c_, b, a};
    release(objects, 4);
    Collection c;
    collection_begin(&c, 0);
    my_move_legacy_finalizers(&c.unreachable, &c.finalizers);
    ck_assert_msg(in_list(&c.finalizers, c_) && in_list(&c.finalizers, d),
                  "what a finalizer reaches through other objects did not "
                  "move to `finalizers`");
    ck_assert_list(&c.finalizers, 4, false);
    ck_assert_int_eq(collect_the_rest(&c), 0);
    ck_assert_int_eq(c.uncollectable, 4);
    ck_assert_garbage_size(1);
    ck_assert_msg(instance_getattr(c_, "d") == d &&
                  instance_getattr(d, "b") == b, "an object that a finalizer "
                  "reaches was cleared");
    free_the_garbage();
    Object *classes[] = {legacy, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* x reaches a finalizer, but no finalizer reaches x: x is freed, and so
 * is a cycle with no finalizer. */
START_TEST(trash_that_no_finalizer_reaches_is_freed)
{
    Object *legacy = class_new("Legacy", log_finalizer), *plain = class_new("Plain", NULL);
    Object *a = instance_new(legacy), *x = instance_with(plain, "a", a);
    instance_setattr(a, "self", a);
    instance_setattr(x, "self", x);
    Object *y = instance_new(plain);
    instance_setattr(y, "self", y);
    Object *objects[] = {a, x, y};
    release(objects, 3);
    Collection c;
    collection_begin(&c, 0);
    my_move_legacy_finalizers(&c.unreachable, &c.finalizers);
    ck_assert_msg(in_list(&c.finalizers, a), "an object with a finalizer "
                  "is not in `finalizers`");
    ck_assert_msg(in_list(&c.unreachable, x) && in_list(&c.unreachable, y),
                  "an object that no finalizer reaches left the trash");
    ck_assert_list(&c.unreachable, 2, true);
    ck_assert_list(&c.finalizers, 1, false);
    ck_assert_int_eq(collect_the_rest(&c), 2);
    ck_assert_int_eq(c.uncollectable, 1);
    ck_assert_garbage_size(1);
    ck_assert_ptr_eq(garbage_item(0), a);
    ck_assert_refcnt(a, 2); /* its own and the garbage list's */
    free_the_garbage();
    Object *classes[] = {legacy, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* a1 reaches a3; a2 is alone: the garbage list has them in the trash's
 * order all the same. */
START_TEST(the_garbage_list_keeps_the_trash_order)
{
    Object *legacy = class_new("Legacy", log_finalizer);
    Object *a[3];
    for (size_t i = 0; i < 3; i++) {
        a[i] = instance_new(legacy);
        instance_setattr(a[i], "self", a[i]);
    }
    instance_setattr(a[0], "then", a[2]);
    release(a, 3);
    Collection c;
    collection_begin(&c, 0);
    my_move_legacy_finalizers(&c.unreachable, &c.finalizers);
    ck_assert_list(&c.finalizers, 3, false);
    collect_the_rest(&c);
    ck_assert_garbage_size(3);
    for (size_t i = 0; i < 3; i++)
        ck_assert_msg(garbage_item(i) == a[i], "garbage[%zu] is not a[%zu]: "
                      "the objects with finalizers come first, in the "
                      "trash's order", i, i);
    free_the_garbage();
    ck_assert_uint_eq(seen_count, 3);
    decref(legacy);
    ck_assert_nothing_alive();
}
END_TEST

/* An uncollectable object holds a weak reference to trash that is freed:
 * that weak reference is alive, not trash, so it is called back. */
static size_t callbacks_called;

static void count_callback(Object *data, Object *wr)
{
    (void)data;
    (void)wr;
    callbacks_called++;
}

START_TEST(a_weak_reference_held_by_uncollectable_objects_calls_back)
{
    Object *legacy = class_new("Legacy", log_finalizer), *plain = class_new("Plain", NULL);
    Object *x = instance_new(plain), *callback = callback_new(count_callback, NULL);
    instance_setattr(x, "self", x);
    Object *wr = weakref_new(x, callback);
    Object *a = instance_with(legacy, "wr", wr);
    instance_setattr(a, "self", a);
    Object *objects[] = {x, callback, wr, a};
    release(objects, 4);
    Collection c;
    collection_begin(&c, 0);
    my_move_legacy_finalizers(&c.unreachable, &c.finalizers);
    ck_assert_list(&c.finalizers, 3, false); /* a, wr and its callback */
    ck_assert_int_eq(collect_the_rest(&c), 1);
    ck_assert_msg(callbacks_called == 1, "the weak reference that a holds "
                  "was called back %zu times, expected once: it is not "
                  "trash (COLLECTING cleared)", callbacks_called);
    ck_assert_ptr_null(weakref_get(wr));
    free_the_garbage();
    Object *classes[] = {legacy, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* Two finalizers that hold each other, and one holds a live object: each
 * moves once, and the live object stays in its generation. */
START_TEST(only_the_trash_moves_each_object_once)
{
    Object *legacy = class_new("Legacy", log_finalizer), *plain = class_new("Plain", NULL);
    Object *outside = instance_new(plain);
    gc_list_move(as_gc(outside), GEN_HEAD(2));
    Object *a1 = instance_with(legacy, "outside", outside);
    Object *a2 = instance_with(legacy, "a1", a1);
    instance_setattr(a1, "a2", a2);
    Object *objects[] = {a1, a2};
    release(objects, 2);
    Collection c;
    collection_begin(&c, 0);
    my_move_legacy_finalizers(&c.unreachable, &c.finalizers);
    ck_assert_msg(in_list(GEN_HEAD(2), outside), "a live object that a "
                  "finalizer holds left its generation");
    ck_assert_list(&c.finalizers, 2, false);
    ck_assert_int_eq(collect_the_rest(&c), 0);
    ck_assert_garbage_size(2);
    ck_assert_refcnt(outside, 2);
    free_the_garbage();
    decref(outside);
    Object *classes[] = {legacy, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_cycle_with_a_finalizer_is_uncollectable, 2},
        {everything_a_finalizer_reaches_stays, 2},
        {trash_that_no_finalizer_reaches_is_freed, 2},
        {the_garbage_list_keeps_the_trash_order, 1},
        {a_weak_reference_held_by_uncollectable_objects_calls_back, 1},
        {only_the_trash_moves_each_object_once, 2},
    };
    return graded_suite("move_legacy_finalizers", graded, GRADED_COUNT(graded),
                        move_legacy_finalizers_is_defined);
}
