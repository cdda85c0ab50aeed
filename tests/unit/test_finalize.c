/* Finalizers: run once, before the object goes, with everything intact;
 * resurrection; finalizers in cyclic trash; the legacy (CPython 3.3) mode
 * that left such trash uncollected; finalize objects; finalizing at
 * shutdown (chapter 5). */
#include "harness.h"

#include "gc_state.h"

#define LOG_MAX 16
static struct {
    size_t count;
    Object *finalized[LOG_MAX];
    bool neighbour_intact[LOG_MAX]; /* its "next" still had its own "next" */
    bool marked[LOG_MAX];           /* gc_is_finalized said so while it ran */
} log_;

/* Where a resurrecting finalizer stores its object. */
static Object *lifeboat;
static long nested_collect = -1;

static void reset(void)
{
    log_.count = 0;
    nested_collect = -1;
}

static void record(Object *self)
{
    Object *next = instance_getattr(self, "next");
    log_.neighbour_intact[log_.count] = next && instance_getattr(next, "next") != NULL;
    log_.marked[log_.count] = gc_is_finalized(self);
    log_.finalized[log_.count++] = self;
}

static void resurrect(Object *self)
{
    record(self);
    list_append(lifeboat, self);
}

static void collect_inside(Object *self)
{
    record(self);
    nested_collect = gc_collect();
}

static size_t times_finalized(const Object *op)
{
    size_t n = 0;
    for (size_t i = 0; i < log_.count; i++)
        n += log_.finalized[i] == op;
    return n;
}

START_TEST(a_finalizer_runs_once_before_its_object_is_freed)
{
    reset();
    Object *cls = class_new("Node", record);
    Object *a = instance_new(cls), *b = instance_new(cls);
    instance_setattr(a, "next", b);
    instance_setattr(b, "next", b);  /* b's cycle keeps it for the collector */
    decref(b);
    decref(a);
    ck_assert_uint_eq(log_.count, 1);
    ck_assert(log_.neighbour_intact[0]); /* a's attributes were all there */
    ck_assert_int_eq(gc_collect(), 1);   /* b, finalized in the collection */
    ck_assert_uint_eq(log_.count, 2);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* CPython 3.11's two orders: PyObject_CallFinalizer marks after the call,
 * the collector's finalize_garbage before it (python3 prints False, then
 * True, for gc.is_finalized(self) inside __del__). */
START_TEST(the_mark_comes_after_the_call_by_refcount_and_before_it_in_a_collection)
{
    reset();
    Object *cls = class_new("Asks", record);
    Object *dying = instance_new(cls), *loop = instance_new(cls);
    instance_setattr(loop, "self", loop);
    decref(dying);
    decref(loop);
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_uint_eq(log_.count, 2);
    ck_assert(!log_.marked[0]);
    ck_assert(log_.marked[1]);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_resurrected_object_lives_on_and_is_never_finalized_again)
{
    reset();
    lifeboat = list_new();
    Object *cls = class_new("Phoenix", resurrect);
    Object *p = instance_new(cls);
    decref(p);
    ck_assert_uint_eq(log_.count, 1);
    ck_assert_uint_eq(list_size(lifeboat), 1);
    ck_assert(gc_is_tracked(p) && gc_is_finalized(p)); /* an ordinary object again */
    decref(list_pop(lifeboat, 0)); /* dies for good, without its finalizer */
    ck_assert_uint_eq(log_.count, 1);
    decref(lifeboat), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A ring of four: each finalizer reads its neighbour, which must still have
 * its own neighbour: nothing of the trash is cleared before every
 * finalizer has run. */
START_TEST(every_finalizer_of_a_ring_sees_the_whole_ring)
{
    reset();
    Object *cls = class_new("Ring", record);
    Object *ring[4];
    for (size_t i = 0; i < 4; i++)
        ring[i] = instance_new(cls);
    for (size_t i = 0; i < 4; i++)
        instance_setattr(ring[i], "next", ring[(i + 1) % 4]);
    for (size_t i = 0; i < 4; i++)
        decref(ring[i]);
    ck_assert_int_eq(gc_collect(), 4);
    ck_assert_uint_eq(log_.count, 4);
    for (size_t i = 0; i < 4; i++) {
        ck_assert(log_.neighbour_intact[i]);
        ck_assert_ptr_eq(log_.finalized[i], ring[i]); /* in list order */
    }
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* One resurrector among self-loops: only it (and what it reaches) is
 * rescued; the collection counts the others, and a second collection frees
 * the rescued one without finalizing it again. */
START_TEST(resurrection_in_a_collection_rescues_only_what_it_reaches)
{
    reset();
    lifeboat = list_new();
    Object *plain = class_new("Plain", NULL), *phoenix = class_new("Phoenix", resurrect);
    for (int i = 0; i < 5; i++) {
        Object *loop = instance_new(plain);
        instance_setattr(loop, "self", loop);
        decref(loop);
    }
    Object *p = instance_new(phoenix), *carried = instance_new(plain);
    instance_setattr(p, "self", p);
    instance_setattr(p, "carried", carried);
    decref(carried), decref(p);
    ck_assert_int_eq(gc_collect(), 5);
    ck_assert_uint_eq(log_.count, 1);
    ck_assert_int_eq(carried->refcnt, 1); /* rescued with p */
    ck_assert(gc_is_finalized(p));
    decref(list_pop(lifeboat, 0));
    ck_assert_int_eq(gc_collect(), 2); /* p and carried, for good */
    ck_assert_uint_eq(log_.count, 1);
    decref(lifeboat), decref(plain), decref(phoenix);
    ck_assert_nothing_alive();
}
END_TEST

/* A finalizer that drops the last reference to another object of the
 * trash: that one dies by reference counting, its finalizer run there,
 * once, and it drops a's last reference in turn.  Nothing is left for the
 * collection to count: CPython 3.11 returns 0 for the same program. */
static void drop_next(Object *self)
{
    record(self);
    instance_delattr(self, "next");
}

START_TEST(a_finalizer_may_free_other_trash_by_reference_counting)
{
    reset();
    Object *cls = class_new("Node", drop_next);
    Object *a = instance_new(cls), *b = instance_new(cls);
    instance_setattr(a, "next", b);
    instance_setattr(b, "next", a);
    decref(b), decref(a);
    ck_assert_int_eq(gc_collect(), 0);
    ck_assert_uint_eq(log_.count, 2);
    ck_assert_uint_eq(times_finalized(a), 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_finalizer_can_collect_when_no_collection_is_running)
{
    reset();
    Object *cls = class_new("Node", collect_inside);
    Object *loop = instance_new(cls);
    instance_setattr(loop, "self", loop);
    decref(loop);
    Object *dying = instance_new(cls);
    decref(dying); /* by reference counting: its finalizer's collection runs */
    ck_assert_int_eq(nested_collect, 1); /* it found loop */
    ck_assert_uint_eq(log_.count, 2);
    ck_assert_ptr_eq(log_.finalized[0], dying);
    ck_assert_ptr_eq(log_.finalized[1], loop);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* Legacy mode: the cycle with a finalizer is uncollectable, and what it
 * reaches stays too; only the finalizer's objects go into garbage. */
START_TEST(legacy_mode_leaves_cycles_with_finalizers_in_garbage)
{
    reset();
    gc_set_legacy_finalizers(true);
    Object *plain = class_new("Plain", NULL), *cls = class_new("Legacy", record);
    Object *a = instance_new(cls), *held = instance_new(plain);
    instance_setattr(a, "self", a);
    instance_setattr(a, "held", held);
    Object *loop = instance_new(plain);
    instance_setattr(loop, "self", loop);
    decref(held), decref(a), decref(loop);
    ck_assert_int_eq(gc_collect(), 3); /* collected 1 (loop) + uncollectable 2 */
    GCStats stats = gc_get_stats(GC_OLDEST);
    ck_assert_int_eq(stats.uncollectable, 2);
    ck_assert_uint_eq(log_.count, 0); /* no finalizer ran */
    Object *garbage = gc_get_garbage();
    ck_assert_uint_eq(list_size(garbage), 1);
    ck_assert_ptr_eq(list_getitem(garbage, 0), a);
    gc_set_legacy_finalizers(false);
    instance_delattr(a, "self"); /* broken by hand, as 3.3's programs had to */
    gc_release_garbage();
    ck_assert_uint_eq(log_.count, 1);
    ck_assert(gc_get_legacy_finalizers() == false);
    decref(plain), decref(cls);
    gc_state.stats[GC_OLDEST] = (GCStats){0};
    ck_assert_nothing_alive();
}
END_TEST

/* Finalize objects: a C callback as the function, a list as its argument. */
static size_t finalize_calls;
static Object *finalize_args_seen;

static void count_call(Object *data, Object *args)
{
    (void)data;
    finalize_calls++;
    finalize_args_seen = args;
}

START_TEST(a_finalize_object_calls_once_when_its_object_dies)
{
    finalize_calls = 0;
    Object *cls, *node = instance_new(cls = class_new("Node", NULL));
    Object *fn = callback_new(count_call, NULL), *args = list_new();
    Object *f = finalize_new(node, fn, args);
    decref(f); /* the registry keeps it */
    ck_assert_int_eq(node->refcnt, 1); /* it does not keep the object */
    decref(node);
    ck_assert_uint_eq(finalize_calls, 1);
    ck_assert_ptr_eq(finalize_args_seen, args);
    decref(fn), decref(args), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_finalize_object_called_or_detached_never_calls_again)
{
    finalize_calls = 0;
    Object *cls, *node = instance_new(cls = class_new("Node", NULL));
    Object *fn = callback_new(count_call, NULL), *args = list_new();
    Object *called = finalize_new(node, fn, args);
    Object *detached = finalize_new(node, fn, args);
    Object *watched = finalize_object(detached);
    ck_assert_ptr_eq(watched, node);
    decref(watched);
    finalize_call(called);
    ck_assert_uint_eq(finalize_calls, 1);
    ck_assert(!finalize_alive(called));
    Object *func, *got_args;
    ck_assert(finalize_detach(detached, &func, &got_args));
    ck_assert_ptr_eq(func, fn);
    decref(func), decref(got_args);
    ck_assert(!finalize_detach(detached, &func, &got_args));
    ck_assert_ptr_null(finalize_object(detached));
    decref(node);
    ck_assert_uint_eq(finalize_calls, 1);
    decref(called), decref(detached), decref(fn), decref(args), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* In a collection, the object's death calls it, like a weak reference's
 * callback (the registry keeps the finalize object reachable).  Its weak
 * reference, dropped by the call, is counted with the object, as CPython
 * 3.11 counts 2 for weakref.finalize on a self-loop. */
START_TEST(a_finalize_object_calls_when_a_collection_frees_its_object)
{
    finalize_calls = 0;
    Object *cls = class_new("Node", NULL);
    Object *node = instance_new(cls);
    instance_setattr(node, "self", node);
    Object *fn = callback_new(count_call, NULL), *args = list_new();
    decref(finalize_new(node, fn, args));
    decref(node);
    ck_assert_int_eq(gc_collect(), 2);
    ck_assert_uint_eq(finalize_calls, 1);
    decref(fn), decref(args), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

static Object *exit_order[2];
static size_t exit_calls;

static void remember_order(Object *data, Object *args)
{
    (void)args;
    exit_order[exit_calls++] = data;
}

START_TEST(at_exit_the_live_finalize_objects_call_newest_first)
{
    exit_calls = 0;
    Object *cls, *node = instance_new(cls = class_new("Node", NULL));
    Object *older = callback_new(remember_order, cls), *newer = callback_new(remember_order, node);
    Object *skipped = callback_new(remember_order, NULL), *args = list_new();
    decref(finalize_new(node, older, args));
    decref(finalize_new(node, newer, args));
    Object *f = finalize_new(node, skipped, args);
    finalize_set_atexit(f, false);
    ck_assert(!finalize_get_atexit(f));
    finalize_at_exit();
    ck_assert_uint_eq(exit_calls, 2);
    ck_assert_ptr_eq(exit_order[0], node);
    ck_assert_ptr_eq(exit_order[1], cls);
    ck_assert(!finalize_alive(f));
    decref(f), decref(node);
    ck_assert_uint_eq(exit_calls, 2);
    Object *objects[] = {older, newer, skipped, args, cls};
    for (size_t i = 0; i < sizeof objects / sizeof *objects; i++)
        decref(objects[i]);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(at_shutdown_every_live_object_is_finalized_once)
{
    reset();
    Object *cls = class_new("Node", record);
    Object *young = instance_new(cls), *old = instance_new(cls);
    gc_collect();
    Object *frozen = instance_new(cls);
    gc_freeze();
    finalize_remaining();
    ck_assert_uint_eq(log_.count, 3);
    ck_assert(gc_is_finalized(young) && gc_is_finalized(old) && gc_is_finalized(frozen));
    gc_unfreeze();
    decref(young), decref(old), decref(frozen);
    ck_assert_uint_eq(log_.count, 3); /* not again as they die */
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A finalizer that makes another object of its class each time it runs,
 * kept in the lifeboat, while `breeding` is set. */
static bool breeding;

static void breed(Object *self)
{
    record(self);
    if (!breeding)
        return;
    Object *child = instance_new(instance_class(self));
    list_append(lifeboat, child);
    decref(child);
}

/* CPython 3.11 leaves what its last shutdown collection's finalizers make
 * to the process's exit; finalize_remaining leaves it alone too, instead of
 * walking on to it for ever. */
START_TEST(at_shutdown_objects_made_by_finalizers_are_not_finalized)
{
    reset();
    lifeboat = list_new();
    breeding = true;
    Object *cls = class_new("Breeder", breed);
    Object *parent = instance_new(cls);
    finalize_remaining();
    ck_assert_uint_eq(log_.count, 1);
    ck_assert_ptr_eq(log_.finalized[0], parent);
    ck_assert_uint_eq(list_size(lifeboat), 1);
    ck_assert(!gc_is_finalized(list_getitem(lifeboat, 0)));
    breeding = false;
    decref(parent), decref(lifeboat), decref(cls);
    ck_assert_uint_eq(log_.count, 2); /* the child, by reference counting */
    ck_assert_nothing_alive();
}
END_TEST

/* The call of the first finalize object makes a second one, which is
 * called too, as CPython's weakref module chooses again after each call. */
static Object *made_at_exit;

static void make_another(Object *data, Object *args)
{
    exit_order[exit_calls++] = data;
    if (made_at_exit == NULL) {
        Object *fn = callback_new(remember_order, args);
        made_at_exit = finalize_new(data, fn, args);
        decref(fn);
    }
}

START_TEST(at_exit_the_finalize_objects_a_call_makes_are_called_too)
{
    exit_calls = 0;
    made_at_exit = NULL;
    Object *cls, *node = instance_new(cls = class_new("Node", NULL));
    Object *fn = callback_new(make_another, node), *args = list_new();
    decref(finalize_new(node, fn, args));
    finalize_at_exit();
    ck_assert_uint_eq(exit_calls, 2);
    ck_assert_ptr_eq(exit_order[0], node);
    ck_assert_ptr_eq(exit_order[1], args);
    ck_assert(!finalize_alive(made_at_exit));
    decref(made_at_exit), decref(node), decref(fn), decref(args), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* What finalize_at_exit leaves, finalize_forget_all detaches: a finalize
 * object made later, or one whose atexit is off. */
START_TEST(forgetting_the_finalize_objects_calls_none_and_frees_the_registry)
{
    finalize_calls = 0;
    Object *cls, *node = instance_new(cls = class_new("Node", NULL));
    Object *fn = callback_new(count_call, NULL), *args = list_new();
    Object *f = finalize_new(node, fn, args);
    finalize_forget_all();
    ck_assert(!finalize_alive(f));
    decref(node);
    ck_assert_uint_eq(finalize_calls, 0);
    decref(f), decref(fn), decref(args), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("finalize");
    TCase *tc = tcase_create("finalize");
    tcase_add_test(tc, a_finalizer_runs_once_before_its_object_is_freed);
    tcase_add_test(tc, the_mark_comes_after_the_call_by_refcount_and_before_it_in_a_collection);
    tcase_add_test(tc, a_resurrected_object_lives_on_and_is_never_finalized_again);
    tcase_add_test(tc, every_finalizer_of_a_ring_sees_the_whole_ring);
    tcase_add_test(tc, resurrection_in_a_collection_rescues_only_what_it_reaches);
    tcase_add_test(tc, a_finalizer_may_free_other_trash_by_reference_counting);
    tcase_add_test(tc, a_finalizer_can_collect_when_no_collection_is_running);
    tcase_add_test(tc, legacy_mode_leaves_cycles_with_finalizers_in_garbage);
    tcase_add_test(tc, a_finalize_object_calls_once_when_its_object_dies);
    tcase_add_test(tc, a_finalize_object_called_or_detached_never_calls_again);
    tcase_add_test(tc, a_finalize_object_calls_when_a_collection_frees_its_object);
    tcase_add_test(tc, at_exit_the_live_finalize_objects_call_newest_first);
    tcase_add_test(tc, at_shutdown_every_live_object_is_finalized_once);
    tcase_add_test(tc, at_shutdown_objects_made_by_finalizers_are_not_finalized);
    tcase_add_test(tc, at_exit_the_finalize_objects_a_call_makes_are_called_too);
    tcase_add_test(tc, forgetting_the_finalize_objects_calls_none_and_frees_the_registry);
    suite_add_tcase(s, tc);
    return s;
}
