/* Weak references: what they point at, how they are shared and listed,
 * and what happens to them when their referent dies by reference counting
 * or in a collection, with CPython 3.11's order (chapter 4). */
#include "harness.h"

/* What the callbacks of a test saw: the weak reference each was called
 * with, and whether every weak reference of the test was already cleared
 * at that moment. */
#define LOG_MAX 8
static struct {
    size_t calls;
    Object *called[LOG_MAX];
    bool all_cleared[LOG_MAX];
    Object *watched[LOG_MAX]; /* the weak references a callback looks at */
    size_t watched_count;
} log_;

static void reset_log(void)
{
    log_.calls = 0;
    log_.watched_count = 0;
}

static void watch(Object *wr)
{
    log_.watched[log_.watched_count++] = wr;
}

static void record(Object *data, Object *wr)
{
    (void)data;
    bool cleared = true;
    for (size_t i = 0; i < log_.watched_count; i++) {
        Object *referent = weakref_get(log_.watched[i]);
        cleared &= referent == NULL;
        xdecref(referent);
    }
    log_.all_cleared[log_.calls] = cleared;
    log_.called[log_.calls++] = wr;
}

/* A callback holding `data`, and a weak reference to referent with it. */
static Object *ref_with_callback(Object *referent, Object *data)
{
    Object *cb = callback_new(record, data);
    Object *wr = weakref_new(referent, cb);
    decref(cb);
    return wr;
}

static Object *new_instance(Object **cls)
{
    *cls = class_new("Node", NULL);
    return instance_new(*cls);
}

START_TEST(a_weak_reference_does_not_keep_its_referent_alive)
{
    Object *cls, *node = new_instance(&cls);
    Object *wr = weakref_new(node, NULL);
    ck_assert_int_eq(node->refcnt, 1);
    Object *got = weakref_get(wr);
    ck_assert_ptr_eq(got, node);
    decref(got);
    decref(node); /* the last strong reference */
    ck_assert_ptr_null(weakref_get(wr));
    ck_assert(weakref_can_hash(wr) == false);
    decref(wr);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_callback_free_reference_is_shared_and_listed_first)
{
    Object *cls, *node = new_instance(&cls);
    Object *old = ref_with_callback(node, NULL);
    Object *basic = weakref_new(node, NULL);
    Object *again = weakref_new(node, NULL);
    Object *young = ref_with_callback(node, NULL);
    ck_assert_ptr_eq(again, basic);
    ck_assert_ptr_ne(young, old);
    ck_assert_uint_eq(weakref_count(node), 3);
    /* CPython's order: the callback-free one, then the others newest first. */
    Object *list = weakref_list_of(node);
    ck_assert_uint_eq(list_size(list), 3);
    ck_assert_ptr_eq(list_getitem(list, 0), basic);
    ck_assert_ptr_eq(list_getitem(list, 1), young);
    ck_assert_ptr_eq(list_getitem(list, 2), old);
    decref(list);
    Object *objects[] = {again, basic, young, old, node, cls};
    for (size_t i = 0; i < sizeof objects / sizeof *objects; i++)
        decref(objects[i]);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(an_object_that_cannot_be_weakly_referenced_has_none)
{
    Object *l = list_new();
    ck_assert(!is_weakrefable(l));
    ck_assert_uint_eq(weakref_count(l), 0);
    Object *none = weakref_list_of(l);
    ck_assert_uint_eq(list_size(none), 0);
    decref(none);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

static void weakref_to_a_list(void)
{
    weakref_new(list_new(), NULL);
}

START_TEST(a_weak_reference_to_a_list_is_a_misuse)
{
    assert_misuse(weakref_to_a_list, "not weakly referenceable");
}
END_TEST

START_TEST(when_an_object_dies_every_weak_reference_is_cleared_before_any_callback)
{
    reset_log();
    Object *cls, *node = new_instance(&cls);
    Object *first = ref_with_callback(node, NULL);
    Object *basic = weakref_new(node, NULL);
    Object *second = ref_with_callback(node, NULL);
    watch(first), watch(basic), watch(second);
    decref(node);
    /* Newest first; each given its own weak reference; all cleared. */
    ck_assert_uint_eq(log_.calls, 2);
    ck_assert_ptr_eq(log_.called[0], second);
    ck_assert_ptr_eq(log_.called[1], first);
    ck_assert(log_.all_cleared[0] && log_.all_cleared[1]);
    /* A callback runs once: the weak reference lets go of it. */
    ck_assert_ptr_null(weakref_callback(first));
    decref(first), decref(basic), decref(second), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_weak_reference_that_dies_first_runs_no_callback)
{
    reset_log();
    Object *cls, *node = new_instance(&cls);
    Object *wr = ref_with_callback(node, NULL);
    decref(wr);
    ck_assert_uint_eq(weakref_count(node), 0);
    decref(node);
    ck_assert_uint_eq(log_.calls, 0);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* The referent dies while its holder is being freed, and the weak
 * reference, held by the same holder, is still alive: as in CPython, whose
 * recursive deallocation frees the referent before the holder lets go of
 * the weak reference, the callback runs. */
START_TEST(a_callback_runs_when_its_referent_dies_inside_another_deallocation)
{
    reset_log();
    Object *cls, *holder = new_instance(&cls);
    Object *referent = instance_new(cls);
    Object *wr = ref_with_callback(referent, NULL);
    instance_setattr(holder, "referent", referent);
    instance_setattr(holder, "wr", wr);
    decref(referent), decref(wr);
    decref(holder);
    ck_assert_uint_eq(log_.calls, 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A callback that drops the last reference to other objects, one of them
 * weakly referenced in turn: the nested death runs its own callback. */
static void drop_data(Object *data, Object *wr)
{
    record(NULL, wr);
    list_setitem(data, 0, newref(list_getitem(data, 1)));
}

START_TEST(a_callback_may_free_other_objects_and_their_callbacks_run)
{
    reset_log();
    Object *cls, *node = new_instance(&cls);
    Object *other = instance_new(cls);
    Object *keep = list_new();
    list_append(keep, other);
    list_append(keep, cls);
    Object *cb = callback_new(drop_data, keep);
    Object *wr = weakref_new(node, cb);
    Object *wr_other = ref_with_callback(other, NULL);
    decref(other), decref(cb);
    decref(node);
    ck_assert_uint_eq(log_.calls, 2);
    ck_assert_ptr_eq(log_.called[0], wr);
    ck_assert_ptr_eq(log_.called[1], wr_other);
    ck_assert_ptr_null(weakref_get(wr_other));
    decref(wr), decref(wr_other), decref(keep), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A self-loop, garbage once its creator lets go. */
static Object *garbage_instance(Object *cls)
{
    Object *op = instance_new(cls);
    instance_setattr(op, "self", op);
    return op;
}

START_TEST(in_a_collection_a_reachable_weak_reference_is_cleared_and_called)
{
    reset_log();
    Object *cls = class_new("Node", NULL);
    Object *node = garbage_instance(cls);
    Object *wr = ref_with_callback(node, NULL);
    Object *basic = weakref_new(node, NULL);
    watch(wr), watch(basic);
    decref(node);
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_uint_eq(log_.calls, 1);
    ck_assert_ptr_eq(log_.called[0], wr);
    ck_assert(log_.all_cleared[0]);
    ck_assert_ptr_null(weakref_get(basic));
    ck_assert(gc_is_tracked(wr)); /* it survives the collection */
    decref(wr), decref(basic), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* The trash holds a weak reference to itself: it dies with the trash and
 * its callback never runs.  CPython 3.11 counts 3 for the same program in
 * Python (the instance, the weak reference, its lambda); here the callback
 * holds no Python function, and counts too. */
START_TEST(a_weak_reference_in_the_trash_dies_without_its_callback)
{
    reset_log();
    Object *cls = class_new("Node", NULL);
    Object *node = garbage_instance(cls);
    Object *wr = ref_with_callback(node, NULL);
    instance_setattr(node, "wr", wr);
    decref(wr), decref(node);
    ck_assert_int_eq(gc_collect(), 3);
    ck_assert_uint_eq(log_.calls, 0);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A weak reference in the trash to an object outside the collection, which
 * the trash alone keeps alive: clearing the trash frees the object by
 * reference counting, and the weak reference, cleared first, runs nothing. */
START_TEST(a_weak_reference_in_the_trash_is_cleared_even_if_its_referent_lives_on)
{
    reset_log();
    Object *cls = class_new("Node", NULL);
    Object *old = instance_new(cls);
    gc_collect_generation(0); /* old is older now: outside a young collection */
    Object *node = garbage_instance(cls);
    Object *wr = ref_with_callback(old, NULL);
    instance_setattr(node, "old", old); /* released before wr */
    instance_setattr(node, "wr", wr);
    decref(wr), decref(old), decref(node);
    ck_assert_int_eq(gc_collect_generation(0), 3);
    ck_assert_uint_eq(log_.calls, 0);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* The callback drops the last reference to its own weak reference: CPython
 * counts that weak reference as collected. */
static void drop_own_weakref(Object *data, Object *wr)
{
    record(NULL, wr);
    list_setitem(data, 0, newref(data)); /* replaces wr in the holder */
}

START_TEST(a_weak_reference_freed_by_its_own_callback_is_counted)
{
    reset_log();
    Object *cls = class_new("Node", NULL);
    Object *node = garbage_instance(cls);
    Object *holder = list_new();
    Object *cb = callback_new(drop_own_weakref, holder);
    Object *wr = weakref_new(node, cb);
    list_append(holder, wr);
    decref(wr), decref(cb), decref(node);
    ck_assert_int_eq(gc_collect(), 2);
    ck_assert_uint_eq(log_.calls, 1);
    list_setitem(holder, 0, int_new(0)); /* break holder's self-loop */
    decref(holder), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* Two objects of the trash watch each other with callbacks: neither runs
 * (CPython's test_weakref has the same case). */
START_TEST(trash_watching_trash_runs_no_callback)
{
    reset_log();
    Object *cls = class_new("Node", NULL);
    Object *a = instance_new(cls), *b = instance_new(cls);
    instance_setattr(a, "b", b);
    instance_setattr(b, "a", a);
    Object *wa = ref_with_callback(a, NULL), *wb = ref_with_callback(b, NULL);
    instance_setattr(a, "wb", wb);
    instance_setattr(b, "wa", wa);
    Object *objects[] = {wa, wb, a, b};
    for (size_t i = 0; i < sizeof objects / sizeof *objects; i++)
        decref(objects[i]);
    ck_assert_int_eq(gc_collect(), 6);
    ck_assert_uint_eq(log_.calls, 0);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A callback that allocates starts no collection of its own while one is
 * running, and one that asks for a collection gets 0. */
static long nested_result;

static void allocate_and_collect(Object *data, Object *wr)
{
    (void)data;
    record(NULL, wr);
    for (int i = 0; i < 2 * GC_DEFAULT_THRESHOLD; i++)
        decref(list_new());
    nested_result = gc_collect();
}

START_TEST(a_callback_during_a_collection_may_allocate_and_collect)
{
    reset_log();
    Object *cls = class_new("Node", NULL);
    Object *node = garbage_instance(cls);
    Object *cb = callback_new(allocate_and_collect, NULL);
    Object *wr = weakref_new(node, cb);
    decref(cb), decref(node);
    nested_result = -1;
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_int_eq(nested_result, 0);
    ck_assert_uint_eq(log_.calls, 1);
    decref(wr), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* A weak reference holds its callback, and a callback its data: a cycle
 * through them is found and freed like any other. */
START_TEST(a_weak_reference_can_be_part_of_a_cycle)
{
    Object *cls, *node = new_instance(&cls);
    Object *holder = list_new();
    Object *wr = ref_with_callback(node, holder);
    list_append(holder, wr);
    Referents r = referents_of(wr);
    ck_assert_uint_eq(r.count, 1); /* its callback: never the referent */
    decref(wr), decref(holder);
    ck_assert_int_eq(gc_collect(), 3); /* holder, wr, callback */
    ck_assert_int_eq(node->refcnt, 1);
    decref(node), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(live_weak_references_compare_and_hash_as_their_referents)
{
    Object *cls, *node = new_instance(&cls);
    Object *a = weakref_new(node, NULL), *b = ref_with_callback(node, NULL);
    ck_assert(key_equal(a, b));
    ck_assert_uint_eq(key_hash(a), key_hash(node));
    decref(node);
    ck_assert(!key_equal(a, b)); /* dead: each equal only to itself */
    ck_assert(key_equal(a, a));
    ck_assert(weakref_can_hash(a) && !weakref_can_hash(b));
    decref(a), decref(b), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

static void hash_a_dead_weak_reference(void)
{
    Object *cls, *node = new_instance(&cls);
    Object *wr = weakref_new(node, NULL);
    decref(node);
    key_hash(wr);
}

START_TEST(hashing_a_dead_weak_reference_never_hashed_is_a_misuse)
{
    assert_misuse(hash_a_dead_weak_reference, "hash of a dead weak reference");
}
END_TEST

/* A program may untrack a weak reference (gc_untrack): it is then outside
 * every collection, so reachable as far as the collector knows, and its
 * callback runs when its referent dies in the trash; it stays untracked. */
START_TEST(an_untracked_weak_reference_is_called_back_and_stays_untracked)
{
    reset_log();
    Object *cls, *node = new_instance(&cls);
    instance_setattr(node, "self", node); /* garbage only a collection finds */
    Object *wr = ref_with_callback(node, NULL);
    gc_untrack(wr);
    decref(node);
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_uint_eq(log_.calls, 1);
    ck_assert_ptr_eq(log_.called[0], wr);
    ck_assert(!weakref_alive(wr));
    ck_assert(!gc_is_tracked(wr));
    decref(wr), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* The callback drops the last reference to its own untracked weak
 * reference: freed, and counted with the collected, as a tracked one. */
static Object *to_drop;

static void drop_it(Object *data, Object *wr)
{
    (void)data, (void)wr;
    Object *last = to_drop;
    to_drop = NULL;
    decref(last);
}

START_TEST(an_untracked_weak_reference_its_callback_frees_is_counted)
{
    Object *cls, *node = new_instance(&cls);
    instance_setattr(node, "self", node);
    Object *cb = callback_new(drop_it, NULL);
    to_drop = weakref_new(node, cb);
    gc_untrack(to_drop);
    decref(cb), decref(node);
    ck_assert_int_eq(gc_collect(), 2); /* node, and the weak reference */
    ck_assert_ptr_null(to_drop);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

static void make_an_unknown_callback(void)
{
    Object *cls, *node = new_instance(&cls);
    weakref_new(node, list_new());
}

START_TEST(a_callback_the_runtime_cannot_call_is_refused_without_a_hook)
{
    assert_misuse(make_an_unknown_callback,
                  "weakref_new: expected a callback (no call hook is set): list object");
}
END_TEST

static Object *hooked_callback;

static void hook(Object *callback, Object *wr)
{
    hooked_callback = callback;
    record(NULL, wr);
}

/* Made while a hook was set, called once the hook is gone. */
static void call_an_unknown_callback(void)
{
    weakref_set_call_hook(hook);
    Object *cls, *node = new_instance(&cls);
    weakref_new(node, list_new());
    weakref_set_call_hook(NULL);
    decref(node);
}

START_TEST(a_callback_the_runtime_cannot_call_is_a_misuse_without_a_hook)
{
    assert_misuse(call_an_unknown_callback, "a weak reference callback the runtime cannot call");
}
END_TEST

START_TEST(other_callbacks_go_to_the_embedders_hook)
{
    reset_log();
    weakref_set_call_hook(hook);
    Object *cls, *node = new_instance(&cls);
    Object *callable = list_new();
    Object *wr = weakref_new(node, callable);
    decref(node);
    weakref_set_call_hook(NULL);
    ck_assert_ptr_eq(hooked_callback, callable);
    ck_assert_uint_eq(log_.calls, 1);
    decref(wr), decref(callable), decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("weakref");
    TCase *tc = tcase_create("weakref");
    tcase_add_test(tc, a_weak_reference_does_not_keep_its_referent_alive);
    tcase_add_test(tc, the_callback_free_reference_is_shared_and_listed_first);
    tcase_add_test(tc, an_object_that_cannot_be_weakly_referenced_has_none);
    tcase_add_test(tc, a_weak_reference_to_a_list_is_a_misuse);
    tcase_add_test(tc, when_an_object_dies_every_weak_reference_is_cleared_before_any_callback);
    tcase_add_test(tc, a_weak_reference_that_dies_first_runs_no_callback);
    tcase_add_test(tc, a_callback_runs_when_its_referent_dies_inside_another_deallocation);
    tcase_add_test(tc, a_callback_may_free_other_objects_and_their_callbacks_run);
    tcase_add_test(tc, in_a_collection_a_reachable_weak_reference_is_cleared_and_called);
    tcase_add_test(tc, a_weak_reference_in_the_trash_dies_without_its_callback);
    tcase_add_test(tc, a_weak_reference_in_the_trash_is_cleared_even_if_its_referent_lives_on);
    tcase_add_test(tc, a_weak_reference_freed_by_its_own_callback_is_counted);
    tcase_add_test(tc, trash_watching_trash_runs_no_callback);
    tcase_add_test(tc, a_callback_during_a_collection_may_allocate_and_collect);
    tcase_add_test(tc, a_weak_reference_can_be_part_of_a_cycle);
    tcase_add_test(tc, live_weak_references_compare_and_hash_as_their_referents);
    tcase_add_test(tc, hashing_a_dead_weak_reference_never_hashed_is_a_misuse);
    tcase_add_test(tc, an_untracked_weak_reference_is_called_back_and_stays_untracked);
    tcase_add_test(tc, an_untracked_weak_reference_its_callback_frees_is_counted);
    tcase_add_test(tc, a_callback_the_runtime_cannot_call_is_refused_without_a_hook);
    tcase_add_test(tc, a_callback_the_runtime_cannot_call_is_a_misuse_without_a_hook);
    tcase_add_test(tc, other_callbacks_go_to_the_embedders_hook);
    suite_add_tcase(s, tc);
    return s;
}
