/* Graded tests of the chapter 5 exercise finalize_garbage
 * (exercises/05-finalizers/finalize_garbage.c).
 *
 * Each test makes trash whose finalizers (finalize_log.h) look at it,
 * allocate, resurrect, or free other trash by reference counting; runs a
 * collection with the library's phases up to handle_weakrefs, then the
 * student's phase; checks what it called and what is left in the list;
 * then lets the collection finish. */
#include "graded.h"

#include "finalize_log.h"
#include "gc_state.h"

STUDENT_WRITES long my_finalize_garbage(GCHead *unreachable);

static void finalize_garbage_is_defined(void)
{
    ck_assert_defined(my_finalize_garbage);
}

/* A collection of generation 0 up to the student's phase; returns what
 * the phase returned. */
static long collect_to_your_phase(Collection *c)
{
    collection_begin(c, 0);
    handle_weakrefs(&c->unreachable, c->old);
    return my_finalize_garbage(&c->unreachable);
}

/* The rest of the collection, after the student's phase; returns how many
 * objects it freed. */
static long collect_the_rest(Collection *c)
{
    handle_resurrected_objects(&c->unreachable, c->old);
    return collection_end(c);
}

#define ck_assert_called(got, expected)                                      \
    ck_assert_msg((got) == (expected), "my_finalize_garbage returned %ld, "  \
                  "expected %ld (the finalizers it called)", (long)(got),    \
                  (long)(expected))

/* `unreachable` holds exactly `expected`, in this order, COLLECTING set. */
static void check_left(GCHead *unreachable, Object *const *expected, size_t n)
{
    ck_assert_list(unreachable, n, true);
    GCHead *g = gc_next(unreachable);
    for (size_t i = 0; i < n; i++, g = gc_next(g))
        ck_assert_msg(from_gc(g) == expected[i], "object %zu of `unreachable` "
                      "is not the one expected: keep the trash's order", i);
}

static Object *ring_of(Object *cls, Object **ring, size_t n)
{
    for (size_t i = 0; i < n; i++)
        ring[i] = instance_new(cls);
    for (size_t i = 0; i < n; i++)
        instance_setattr(ring[i], "next", ring[(i + 1) % n]);
    release(ring, n);
    return ring[0];
}

START_TEST(each_finalizer_runs_once_in_list_order_on_the_whole_trash)
{
    Object *cls = class_new("Node", log_finalizer), *plain = class_new("Plain", NULL);
    Object *trash[5];
    ring_of(cls, trash, 4);
    trash[4] = instance_new(plain);
    instance_setattr(trash[4], "self", trash[4]);
    decref(trash[4]);
    Collection c;
    long called = collect_to_your_phase(&c);
    ck_assert_msg(seen_count == 4, "%zu finalizers ran, expected 4",
                  seen_count);
    for (size_t i = 0; i < 4; i++) {
        ck_assert_msg(seen[i].op == trash[i], "finalizer %zu was not that "
                      "of object %zu of the trash: keep the list's order", i, i);
        ck_assert_msg(seen[i].next_intact, "a finalizer found its "
                      "neighbour taken apart");
        ck_assert_msg(seen[i].finalized, "finalizer %zu ran before its object "
                      "was marked finalized: the collector marks first", i);
        ck_assert_msg(seen[i].refcnt == 2, "while its finalizer ran, an "
                      "object had a count of %ld, expected 2 (its "
                      "neighbour's and yours)", seen[i].refcnt);
    }
    ck_assert_called(called, 4);
    check_left(&c.unreachable, trash, 5);
    ck_assert_int_eq(collect_the_rest(&c), 5);
    ck_assert_uint_eq(seen_count, 4);
    Object *classes[] = {cls, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* A plain loop and an object finalized before (resurrected once by
 * reference counting, then left in a cycle) have no finalizer to run. */
START_TEST(only_the_finalizers_that_have_not_run_are_called)
{
    Object *plain = class_new("Plain", NULL), *phoenix = class_new("Phoenix", resurrect);
    Object *cls = class_new("Node", log_finalizer);
    Object *again = instance_new(phoenix);
    decref(again); /* finalized, into the lifeboat */
    instance_setattr(again, "self", again);
    Object *loop = instance_new(plain), *fresh = instance_new(cls);
    instance_setattr(loop, "self", loop);
    instance_setattr(fresh, "self", fresh);
    Object *objects[] = {loop, fresh};
    release(objects, 2);
    sink_lifeboat();
    Collection c;
    long called = collect_to_your_phase(&c);
    ck_assert_msg(times_finalized(again) == 1, "an object already finalized "
                  "was finalized again");
    ck_assert_msg(times_finalized(fresh) == 1, "the finalizer of an object "
                  "that needed it did not run once");
    ck_assert_called(called, 1);
    ck_assert_int_eq(collect_the_rest(&c), 3);
    Object *classes[] = {plain, phoenix, cls};
    release(classes, 3);
    ck_assert_nothing_alive();
}
END_TEST

/* Finalizers that allocate: a new object with a finalizer of its own, in a
 * cycle, young and outside the trash. */
static Object *made;

static void make_more(Object *self)
{
    (void)self;
    Object *more = instance_new(instance_class(self));
    instance_setattr(more, "self", more);
    if (made == NULL)
        made = list_new();
    list_append(made, more);
    decref(more);
}

START_TEST(what_finalizers_allocate_is_left_alone)
{
    Object *cls = class_new("Node", log_finalizer), *trash[3];
    ring_of(cls, trash, 3);
    on_finalize = make_more;
    Collection c;
    long called = collect_to_your_phase(&c);
    ck_assert_msg(seen_count == 3, "%zu finalizers ran, expected the 3 of "
                  "the trash", seen_count);
    ck_assert_called(called, 3);
    check_left(&c.unreachable, trash, 3);
    ck_assert_int_eq(collect_the_rest(&c), 3);
    on_finalize = NULL;
    Object *list = made;
    made = NULL;
    decref(list);
    ck_assert_int_eq(gc_collect(), 3); /* the new ones, finalized now */
    ck_assert_uint_eq(seen_count, 6);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A finalizer that drops its object's "next", and reports whether its own
 * object was still alive afterwards. */
static bool freed_under_its_finalizer;

static void drop_next(Object *self)
{
    log_finalizer(self);
    instance_delattr(self, "next");
    freed_under_its_finalizer |= self->refcnt <= 0;
}

/* The trash in the order a, b, c, d: a holds b, which nothing else holds,
 * and a's finalizer frees b; c and d are a ring. */
START_TEST(a_finalizer_may_free_the_next_object)
{
    Object *dropper = class_new("Dropper", drop_next), *cls = class_new("Node", log_finalizer);
    Object *a = instance_new(dropper), *b = instance_new(cls), *ring[2];
    instance_setattr(a, "self", a);
    instance_setattr(a, "next", b);
    Object *objects[] = {a, b};
    release(objects, 2);
    ring_of(cls, ring, 2);
    Collection c;
    long called = collect_to_your_phase(&c);
    ck_assert_msg(seen_count == 4, "%zu finalizers ran, expected 4 (b's as "
                  "it died)", seen_count);
    ck_assert_ptr_eq(seen[1].op, b);
    ck_assert_msg(times_finalized(ring[0]) == 1 && times_finalized(ring[1]) == 1,
                  "the objects after the one freed were not finalized once");
    ck_assert_called(called, 3);
    Object *left[] = {a, ring[0], ring[1]};
    check_left(&c.unreachable, left, 3);
    ck_assert_int_eq(collect_the_rest(&c), 3);
    Object *classes[] = {dropper, cls};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* a and b hold each other, and each finalizer drops the other: a's frees
 * b, whose finalizer leaves a held only by your reference.  Then a ring. */
START_TEST(a_finalizer_may_leave_its_own_object_to_die)
{
    Object *dropper = class_new("Dropper", drop_next), *cls = class_new("Node", log_finalizer);
    Object *a = instance_new(dropper), *b = instance_with(dropper, "next", a), *ring[2];
    instance_setattr(a, "next", b);
    Object *objects[] = {a, b};
    release(objects, 2);
    ring_of(cls, ring, 2);
    Collection c;
    long called = collect_to_your_phase(&c);
    ck_assert_msg(!freed_under_its_finalizer, "an object was freed while "
                  "its finalizer ran: hold a reference to it");
    ck_assert_msg(seen_count == 4, "%zu finalizers ran, expected 4",
                  seen_count);
    ck_assert_msg(times_finalized(ring[0]) == 1 && times_finalized(ring[1]) == 1,
                  "the objects after the ones freed were not finalized once");
    ck_assert_called(called, 3);
    check_left(&c.unreachable, ring, 2);
    ck_assert_int_eq(collect_the_rest(&c), 2);
    Object *classes[] = {dropper, cls};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_resurrected_object_stays_for_the_next_phase)
{
    Object *phoenix = class_new("Phoenix", resurrect), *cls = class_new("Node", log_finalizer);
    Object *trash[3];
    ring_of(cls, trash, 2);
    trash[2] = instance_new(phoenix);
    instance_setattr(trash[2], "self", trash[2]);
    decref(trash[2]);
    Collection c;
    long called = collect_to_your_phase(&c);
    ck_assert_called(called, 3);
    check_left(&c.unreachable, trash, 3);
    ck_assert_int_eq(collect_the_rest(&c), 2);
    ck_assert_ptr_eq(list_getitem(lifeboat, 0), trash[2]);
    instance_delattr(trash[2], "self");
    sink_lifeboat();
    Object *classes[] = {phoenix, cls};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {each_finalizer_runs_once_in_list_order_on_the_whole_trash, 2},
        {only_the_finalizers_that_have_not_run_are_called, 2},
        {what_finalizers_allocate_is_left_alone, 1},
        {a_finalizer_may_free_the_next_object, 2},
        {a_finalizer_may_leave_its_own_object_to_die, 2},
        {a_resurrected_object_stays_for_the_next_phase, 1},
    };
    return graded_suite("finalize_garbage", graded, GRADED_COUNT(graded),
                        finalize_garbage_is_defined);
}
