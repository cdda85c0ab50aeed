/* Graded tests of the chapter 5 exercise finalize_from_dealloc
 * (exercises/05-finalizers/finalize_from_dealloc.c).
 *
 * Each test brings an object to where object_dealloc calls
 * finalize_from_dealloc (its count zero, untracked), calls the student's,
 * and, if that says the object may go, lets the runtime's object_dealloc
 * finish: that one would run the finalizer again if the student's had not
 * marked it.  The finalizers log what they see (finalize_log.h). */
#include "graded.h"

#include "finalize_log.h"

STUDENT_WRITES void my_call_finalizer(Object *op);
STUDENT_WRITES bool my_finalize_from_dealloc(Object *op);

static void finalize_from_dealloc_is_defined(void)
{
    ck_assert_defined(my_call_finalizer);
    ck_assert_defined(my_finalize_from_dealloc);
}

/* The test's reference to op is its last: op dies, as object_dealloc
 * would have it die, with the student's finalize_from_dealloc.  Returns
 * what that returned. */
static bool dies(Object *op)
{
    ck_assert_refcnt(op, 1);
    op->refcnt = 0;
    gc_untrack(op);
    return my_finalize_from_dealloc(op);
}

/* op, not resurrected, came back as it went: count zero, untracked.  Then
 * object_dealloc frees it.  A macro, so that a failure names the line. */
#define ck_assert_freed_after(op)                                            \
    do {                                                                     \
        ck_assert_msg((op)->refcnt == 0, "%s has a count of %ld after its "  \
                      "finalizer, expected 0 (drop your reference by "       \
                      "hand: decref would free it)", #op,                    \
                      (long)(op)->refcnt);                                   \
        ck_assert_msg(!gc_is_tracked(op), "%s is still tracked: untrack "    \
                      "it again before it is freed", #op);                   \
        object_dealloc(op);                                                  \
    } while (0)

START_TEST(the_finalizer_runs_once_and_the_object_is_freed)
{
    Object *cls = class_new("Node", log_finalizer), *op = instance_new(cls);
    ck_assert_msg(!dies(op), "my_finalize_from_dealloc returned true, but "
                  "nothing resurrected the object");
    ck_assert_msg(seen_count == 1, "the finalizer ran %zu times, expected "
                  "once", seen_count);
    ck_assert_ptr_eq(seen[0].op, op);
    ck_assert_freed_after(op);
    ck_assert_msg(seen_count == 1, "the finalizer ran again as the object "
                  "was freed: it was not marked finalized");
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(while_it_runs_its_object_is_whole_tracked_and_held_once)
{
    Object *cls = class_new("Node", log_finalizer), *plain = class_new("Plain", NULL);
    Object *next = instance_new(plain);
    instance_setattr(next, "next", plain); /* the finalizer looks for it */
    Object *op = instance_with(cls, "next", next);
    decref(next);
    ck_assert(!dies(op));
    ck_assert_uint_eq(seen_count, 1);
    ck_assert_msg(seen[0].refcnt == 1, "the finalizer saw a count of %ld, "
                  "expected 1: your reference", seen[0].refcnt);
    ck_assert_msg(seen[0].tracked, "the object was not tracked while its "
                  "finalizer ran");
    ck_assert_msg(seen[0].next_intact, "the finalizer found what its object "
                  "holds taken apart");
    ck_assert_freed_after(op);
    Object *classes[] = {cls, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(call_finalizer_marks_the_object_after_the_call)
{
    Object *cls = class_new("Node", log_finalizer), *op = instance_new(cls);
    my_call_finalizer(op);
    ck_assert_msg(seen_count == 1, "my_call_finalizer called the finalizer "
                  "%zu times, expected once", seen_count);
    ck_assert_msg(!seen[0].finalized, "the object was already marked "
                  "finalized while its finalizer ran: mark it after the call");
    ck_assert_msg(gc_is_finalized(op), "the object is not marked finalized "
                  "after my_call_finalizer");
    ck_assert_refcnt(op, 1); /* the caller's: my_call_finalizer takes none */
    ck_assert_msg(gc_is_tracked(op), "my_call_finalizer untracked the object");
    decref(op); /* dies by reference counting, already finalized */
    ck_assert_uint_eq(seen_count, 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_resurrected_object_lives_on_tracked)
{
    Object *cls = class_new("Phoenix", resurrect), *p = instance_new(cls);
    ck_assert_msg(dies(p), "my_finalize_from_dealloc returned false, but the "
                  "finalizer stored the object in a list");
    ck_assert_uint_eq(seen_count, 1);
    ck_assert_refcnt(p, 1); /* the lifeboat's */
    ck_assert_msg(gc_is_tracked(p), "the resurrected object is not tracked");
    ck_assert(gc_is_finalized(p));
    sink_lifeboat(); /* dies for good, its finalizer not run again */
    ck_assert_uint_eq(seen_count, 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A plain object, and one whose finalizer has run (resurrected by the
 * runtime once), die without a call; the third has its finalizer run. */
START_TEST(only_an_object_whose_finalizer_has_not_run_is_finalized)
{
    Object *plain = class_new("Plain", NULL), *phoenix = class_new("Phoenix", resurrect);
    Object *cls = class_new("Node", log_finalizer);
    Object *no_finalizer = instance_new(plain), *again = instance_new(phoenix);
    decref(again); /* the runtime finalizes it, into the lifeboat */
    again = list_pop(lifeboat, 0);
    ck_assert_uint_eq(seen_count, 1);
    ck_assert_msg(!dies(no_finalizer), "an object with no finalizer was "
                  "resurrected");
    ck_assert_freed_after(no_finalizer);
    ck_assert_msg(!dies(again) && seen_count == 1, "an object whose "
                  "finalizer had run was finalized again");
    ck_assert_freed_after(again);
    Object *op = instance_new(cls);
    ck_assert(!dies(op));
    ck_assert_msg(seen_count == 2, "the finalizer of an object that needed "
                  "it did not run");
    ck_assert_freed_after(op);
    sink_lifeboat();
    Object *classes[] = {plain, phoenix, cls};
    release(classes, 3);
    ck_assert_nothing_alive();
}
END_TEST

/* A finalizer that collects: its object, tracked and held, is reachable,
 * and so is what it holds; a self-loop made before is found. */
static long collected_inside = -1;

static void collect_inside(Object *self)
{
    (void)self;
    collected_inside = gc_collect();
}

START_TEST(a_collection_inside_the_finalizer_finds_its_object_alive)
{
    Object *cls = class_new("Node", log_finalizer), *plain = class_new("Plain", NULL);
    Object *loop = instance_new(plain), *held = instance_new(plain);
    instance_setattr(loop, "self", loop);
    decref(loop);
    Object *op = instance_with(cls, "held", held);
    instance_setattr(held, "next", plain);
    decref(held);
    on_finalize = collect_inside;
    ck_assert(!dies(op));
    ck_assert_msg(collected_inside == 1, "the collection inside the "
                  "finalizer found %ld objects, expected 1 (the self-loop): "
                  "its object must be tracked, with a count of 1",
                  collected_inside);
    ck_assert_ptr_eq(instance_getattr(held, "next"), plain);
    ck_assert_freed_after(op);
    on_finalize = NULL;
    Object *classes[] = {cls, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {the_finalizer_runs_once_and_the_object_is_freed, 2},
        {while_it_runs_its_object_is_whole_tracked_and_held_once, 2},
        {call_finalizer_marks_the_object_after_the_call, 2},
        {a_resurrected_object_lives_on_tracked, 2},
        {only_an_object_whose_finalizer_has_not_run_is_finalized, 1},
        {a_collection_inside_the_finalizer_finds_its_object_alive, 1},
    };
    return graded_suite("finalize_from_dealloc", graded, GRADED_COUNT(graded),
                        finalize_from_dealloc_is_defined);
}
