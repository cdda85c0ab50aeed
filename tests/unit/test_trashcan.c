/* The trashcan: deaths nest at most 50 deep, as in CPython 3.11, deeper
 * ones wait, and long chains finish whatever drops each link: a release
 * (chapter 1), a weak reference's callback (chapter 4), a finalizer
 * (chapter 5), by reference counting or in a collection. */
//> 4 trashcan_valgrind
#include <valgrind/valgrind.h>
//< 4 trashcan_valgrind

#include "harness.h"

/* CPython 3.11's _PyTrash_UNWIND_LEVEL: dealloc.c's UNWIND_LEVEL must be
 * the same. */
enum { CPYTHON_UNWIND_LEVEL = 50 };
/* Long enough to nest far past the unwind level, short enough to keep the
 * valgrind run brief, where a million would add nothing. */
enum { THOUSANDS = 10000 };

//> 4 trashcan_long_chains
enum { MILLION = 1000000 };

/* The long chains: a million links in the optimized, debug and sanitized
 * builds.  Under memcheck a million links cost minutes and find nothing
 * that ten thousand do not (the stack the trashcan bounds is the same 50
 * frames deep), so there they are THOUSANDS long. */
static int long_chain(void)
{
    return RUNNING_ON_VALGRIND ? THOUSANDS : MILLION;
}
//< 4 trashcan_long_chains

/* How deeply the deaths being watched are nested on the C stack now, and
 * the deepest they went. */
static int depth, deepest;

static void enter(void)
{
    if (++depth > deepest)
        deepest = depth;
}

static void leave(void)
{
    depth--;
}

/* A plain object that holds a `next` and a `leaf`, releases them in that
 * order, and records when its release starts. */
typedef struct Link {
    Object ob;
    int id;
    Object *next, *leaf;
} Link;

#define RELEASES_MAX 256
static int releases[RELEASES_MAX];
static size_t released;

static void link_dealloc(Object *self)
{
    Link *l = (Link *)self;
    if (released < RELEASES_MAX)
        releases[released] = l->id;
    released++;
    enter();
    xdecref(l->next);
    xdecref(l->leaf);
    leave();
}

static Type LinkType = {
    .name = "link",
    .basic_size = sizeof(Link),
    .dealloc = link_dealloc,
};

static Object *link_new(int id, Object *next, Object *leaf)
{
    Object *op = object_new(&LinkType, 0);
    *(Link *)op = (Link){.ob = *op, .id = id, .next = next, .leaf = leaf};
    return op;
}

/* Node i has id i, leaf i has id -1 - i. */
static Object *links_with_leaves(int length)
{
    Object *head = NULL;
    for (int i = length - 1; i >= 0; i--)
        head = link_new(i, head, link_new(-1 - i, NULL, NULL));
    return head;
}

static size_t release_index(int id)
{
    for (size_t i = 0; i < released && i < RELEASES_MAX; i++)
        if (releases[i] == id)
            return i;
    ck_abort_msg("%d was not released", id);
    return 0;
}

START_TEST(nested_releases_stop_at_cpythons_unwind_level)
{
    depth = deepest = 0;
    released = 0;
    decref(links_with_leaves(THOUSANDS));
    ck_assert_int_eq(deepest, CPYTHON_UNWIND_LEVEL);
    ck_assert_uint_eq(released, 2 * THOUSANDS);
    ck_assert_nothing_alive();
}
END_TEST

/* The book's program of chapter 1: python3 3.11 prints "node 49 before
 * leaf 48: True" and "node 50 before leaf 49: False".  Node 50 is the
 * fifty-first nested death: set aside, then leaf 49 too (the nesting is
 * still 50), and once the stack has unwound, the last set aside goes
 * first. */
START_TEST(past_the_unwind_level_objects_wait_as_in_cpython)
{
    enum { LENGTH = 100 };
    depth = deepest = 0;
    released = 0;
    decref(links_with_leaves(LENGTH));
    ck_assert_uint_eq(released, 2 * LENGTH);
    ck_assert_uint_lt(release_index(49), release_index(-1 - 48));
    ck_assert_uint_gt(release_index(50), release_index(-1 - 49));
    ck_assert_uint_eq(release_index(-1 - 49), release_index(-1 - 0) + 1);
    ck_assert_nothing_alive();
}
END_TEST

//> 4 trashcan_callbacks
static long callbacks_called;

/* A callback whose data is a list holding the next object of a chain:
 * it drops it, which runs the next callback inside this one. */
static void drop_successor(Object *box, Object *wr)
{
    (void)wr;
    callbacks_called++;
    enter();
    if (list_size(box) > 0)
        decref(list_pop(box, 0));
    leave();
}

/* A chain of `length` instances, each watched by a weak reference whose
 * callback drops the next; each keeps its weak reference as its attribute
 * "watch", so that the whole chain is reachable from the first, which is
 * returned. */
static Object *callback_chain(Object *cls, long length)
{
    Object *next = NULL;
    for (long i = 0; i < length; i++) {
        Object *node = instance_new(cls);
        Object *box = list_new();
        if (next) {
            list_append(box, next);
            decref(next);
        }
        Object *callback = callback_new(drop_successor, box);
        Object *wr = weakref_new(node, callback);
        instance_setattr(node, "watch", wr);
        decref(wr);
        decref(callback);
        decref(box);
        next = node;
    }
    return next;
}

static Object *watched; /* a weak reference */
static bool seen_gone;

/* A dealloc that asks the weak reference `watched` for its referent. */
static void look_dealloc(Object *self)
{
    (void)self;
    Object *referent = weakref_get(watched);
    seen_gone = referent == NULL && !weakref_alive(watched);
    xdecref(referent);
}

static Type LookType = {
    .name = "look",
    .basic_size = sizeof(Object),
    .dealloc = look_dealloc,
};

/* bottom = [look, x] dies UNWIND_LEVEL deaths deep: it releases x, set
 * aside with its weak reference still in place, then look, set aside
 * after it and so destroyed before it.  Handing x out would bring it back
 * from the trashcan (CPython 3.11 answers None for a count of zero). */
START_TEST(a_weak_reference_to_an_object_set_aside_answers_null)
{
    Object *cls = class_new("Node", NULL);
    Object *x = instance_new(cls);
    watched = weakref_new(x, NULL);
    Object *top = list_new(), *look = object_new(&LookType, 0);
    list_append(top, look);
    list_append(top, x);
    decref(look);
    decref(x);
    for (int depth = 1; depth < UNWIND_LEVEL; depth++) {
        Object *holder = list_new();
        list_append(holder, top);
        decref(top);
        top = holder;
    }
    seen_gone = false;
    decref(top);
    ck_assert(seen_gone);
    ck_assert(!weakref_alive(watched));
    decref(watched);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_million_callbacks_each_dropping_the_next_all_run)
{
    Object *cls = class_new("Node", NULL);
    depth = deepest = 0;
    callbacks_called = 0;
    decref(callback_chain(cls, long_chain()));
    ck_assert_int_eq(callbacks_called, long_chain());
    ck_assert_int_le(deepest, CPYTHON_UNWIND_LEVEL);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* The first callback runs in a collection (handle_weakrefs): the trash is
 * one self-referencing instance, watched from outside. */
START_TEST(a_chain_of_callbacks_started_by_a_collection_finishes)
{
    Object *cls = class_new("Node", NULL);
    depth = deepest = 0;
    callbacks_called = 0;
    Object *first = callback_chain(cls, THOUSANDS);
    Object *trash = instance_new(cls);
    instance_setattr(trash, "self", trash);
    Object *box = list_new();
    list_append(box, first);
    decref(first);
    Object *callback = callback_new(drop_successor, box);
    Object *wr = weakref_new(trash, callback);
    decref(callback);
    decref(box);
    decref(trash);
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_int_eq(callbacks_called, 1 + THOUSANDS);
    /* The first callback runs outside any death: one level more. */
    ck_assert_int_le(deepest, CPYTHON_UNWIND_LEVEL + 1);
    decref(wr);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST
//< 4 trashcan_callbacks

//> 5 trashcan_finalizers
static long finalizers_run;

/* A finalizer that drops the next instance of its chain, which runs the
 * next finalizer inside this one. */
static void drop_next(Object *self)
{
    finalizers_run++;
    enter();
    instance_delattr(self, "next");
    leave();
}

static void count_only(Object *self)
{
    (void)self;
    finalizers_run++;
}

/* A chain of `length` instances of cls, each holding the next; returns
 * the first and, in *last, the last (borrowed). */
static Object *finalizer_chain(Object *cls, long length, Object **last)
{
    Object *head = instance_new(cls);
    *last = head;
    for (long i = 1; i < length; i++) {
        Object *node = instance_new(cls);
        instance_setattr(node, "next", head);
        decref(head);
        head = node;
    }
    return head;
}

START_TEST(a_million_finalizers_each_dropping_the_next_all_run)
{
    Object *cls = class_new("Link", drop_next);
    Object *last;
    depth = deepest = 0;
    finalizers_run = 0;
    decref(finalizer_chain(cls, long_chain(), &last));
    ck_assert_int_eq(finalizers_run, long_chain());
    ck_assert_int_le(deepest, CPYTHON_UNWIND_LEVEL);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* The chain is closed into a ring, trash for the collector: the first
 * finalizer finalize_garbage calls drops the rest of the ring, one
 * finalizer inside the other, by reference counting. */
START_TEST(a_collected_ring_of_a_million_finalizers_dropping_the_next_all_run)
{
    Object *cls = class_new("Link", drop_next);
    Object *last;
    depth = deepest = 0;
    finalizers_run = 0;
    Object *head = finalizer_chain(cls, long_chain(), &last);
    instance_setattr(last, "next", head);
    decref(head);
    gc_collect();
    ck_assert_int_eq(finalizers_run, long_chain());
    /* The first finalizer runs outside any death: one level more. */
    ck_assert_int_le(deepest, CPYTHON_UNWIND_LEVEL + 1);
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST

/* Finalizers that drop nothing all run first, one after the other; then
 * delete_garbage's first clear frees the whole ring by reference
 * counting. */
START_TEST(a_collected_ring_of_a_million_is_freed_by_delete_garbage)
{
    Object *cls = class_new("Link", count_only);
    Object *last;
    finalizers_run = 0;
    Object *head = finalizer_chain(cls, long_chain(), &last);
    instance_setattr(last, "next", head);
    decref(head);
    ck_assert_int_eq(gc_collect(), long_chain());
    ck_assert_int_eq(finalizers_run, long_chain());
    decref(cls);
    ck_assert_nothing_alive();
}
END_TEST
//< 5 trashcan_finalizers

Suite *suite(void)
{
    Suite *s = suite_create("trashcan");
    TCase *tc = tcase_create("trashcan");
    /* Long enough for the million-object tests under valgrind. */
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, nested_releases_stop_at_cpythons_unwind_level);
    tcase_add_test(tc, past_the_unwind_level_objects_wait_as_in_cpython);
//> 4 trashcan_callbacks_tests
    tcase_add_test(tc, a_weak_reference_to_an_object_set_aside_answers_null);
    tcase_add_test(tc, a_million_callbacks_each_dropping_the_next_all_run);
    tcase_add_test(tc, a_chain_of_callbacks_started_by_a_collection_finishes);
//< 4 trashcan_callbacks_tests
//> 5 trashcan_finalizers_tests
    tcase_add_test(tc, a_million_finalizers_each_dropping_the_next_all_run);
    tcase_add_test(tc, a_collected_ring_of_a_million_finalizers_dropping_the_next_all_run);
    tcase_add_test(tc, a_collected_ring_of_a_million_is_freed_by_delete_garbage);
//< 5 trashcan_finalizers_tests
    suite_add_tcase(s, tc);
    return s;
}
