/* Graded tests of the chapter 5 exercise handle_resurrected_objects
 * (exercises/05-finalizers/handle_resurrected_objects.c).
 *
 * Each test makes trash whose finalizers (finalize_log.h) may resurrect
 * some of it, runs a collection with the library's phases up to
 * finalize_garbage, then the student's phase, checks the two lists before
 * delete_garbage runs, and lets the collection finish. */
#include "graded.h"

#include "finalize_log.h"
#include "gc_state.h"

STUDENT_WRITES void my_handle_resurrected_objects(GCHead *unreachable, GCHead *old);

static void handle_resurrected_objects_is_defined(void)
{
    ck_assert_defined(my_handle_resurrected_objects);
}

/* How many objects `old` held before the student's phase. */
static size_t old_before;

/* A collection of `generation` up to the student's phase, inclusive. */
static void collect_to_your_phase(Collection *c, int generation)
{
    collection_begin(c, generation);
    handle_weakrefs(&c->unreachable, c->old);
    finalize_garbage(&c->unreachable);
    old_before = gc_list_size(c->old);
    my_handle_resurrected_objects(&c->unreachable, c->old);
}

/* A plain object in a cycle of its own: garbage that nothing resurrects. */
static void make_self_loop(Object *cls)
{
    Object *loop = instance_new(cls);
    instance_setattr(loop, "self", loop);
    decref(loop);
}

#define ck_assert_resurrected(c, op)                                         \
    ck_assert_msg(in_list((c)->old, op) && !gc_is_collecting(as_gc(op)),     \
                  "%s was resurrected: it must be in `old`, COLLECTING "     \
                  "cleared", #op)

#define ck_assert_still_trash(c, op)                                         \
    ck_assert_msg(in_list(&(c)->unreachable, op) &&                          \
                  gc_is_collecting(as_gc(op)), "%s was not resurrected: it " \
                  "must stay in `unreachable`, COLLECTING set", #op)

START_TEST(the_rest_of_the_trash_stays)
{
    Object *cls = class_new("Node", log_finalizer), *plain = class_new("Plain", NULL);
    Object *phoenix = class_new("Phoenix", resurrect);
    Object *ring[3];
    for (size_t i = 0; i < 3; i++)
        ring[i] = instance_new(cls);
    for (size_t i = 0; i < 3; i++)
        instance_setattr(ring[i], "next", ring[(i + 1) % 3]);
    release(ring, 3);
    make_self_loop(plain);
    Object *p = instance_new(phoenix);
    instance_setattr(p, "self", p);
    decref(p);
    Collection c;
    collect_to_your_phase(&c, 0);
    ck_assert_uint_eq(seen_count, 4);
    ck_assert_list(&c.unreachable, 4, true);
    ck_assert_list(c.old, old_before + 1, false);
    ck_assert_int_eq(collection_end(&c), 4);
    instance_delattr(p, "self");
    sink_lifeboat();
    Object *objects[] = {cls, plain, phoenix};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_resurrected_object_survives_in_old)
{
    Object *phoenix = class_new("Phoenix", resurrect), *plain = class_new("Plain", NULL);
    make_self_loop(plain);
    Object *p = instance_new(phoenix);
    instance_setattr(p, "self", p);
    decref(p);
    make_self_loop(plain);
    Collection c;
    collect_to_your_phase(&c, 0);
    ck_assert_uint_eq(seen_count, 1);
    ck_assert_resurrected(&c, p);
    ck_assert_list(&c.unreachable, 2, true);
    ck_assert_list(c.old, old_before + 1, false);
    ck_assert_int_eq(collection_end(&c), 2);
    ck_assert_refcnt(p, 2); /* the lifeboat's reference and its own */
    ck_assert_ptr_eq(instance_getattr(p, "self"), p);
    instance_delattr(p, "self");
    sink_lifeboat();
    ck_assert_uint_eq(seen_count, 1);
    Object *objects[] = {phoenix, plain};
    release(objects, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* Made deepest first, so the list holds them in the order deep, carried,
 * p: what p resurrects comes before it, two links away. */
START_TEST(what_a_resurrected_object_reaches_survives_with_it)
{
    Object *phoenix = class_new("Phoenix", resurrect), *plain = class_new("Plain", NULL);
    Object *deep = instance_new(plain);
    Object *carried = instance_with(plain, "deep", deep);
    instance_setattr(deep, "back", carried);
    Object *p = instance_with(phoenix, "carried", carried);
    instance_setattr(p, "self", p);
    Object *objects[] = {deep, carried, p};
    release(objects, 3);
    make_self_loop(plain);
    Collection c;
    collect_to_your_phase(&c, 0);
    ck_assert_resurrected(&c, p);
    ck_assert_resurrected(&c, carried);
    ck_assert_resurrected(&c, deep);
    ck_assert_list(&c.unreachable, 1, true);
    ck_assert_int_eq(collection_end(&c), 1);
    ck_assert_msg(instance_getattr(carried, "deep") == deep &&
                  instance_getattr(deep, "back") == carried,
                  "what p reaches was cleared: it was resurrected too");
    sink_lifeboat();
    ck_assert_int_eq(gc_collect(), 3);
    ck_assert_uint_eq(seen_count, 1);
    Object *classes[] = {phoenix, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* A finalizer that hands its object's "next" to a live object: next is
 * resurrected, with what it reaches; the finalizer's own object is not. */
static Object *keeper;

static void keep_next(Object *self)
{
    instance_setattr(keeper, "kept", instance_getattr(self, "next"));
}

START_TEST(an_object_stored_by_another_finalizer_is_resurrected)
{
    Object *cls = class_new("Node", log_finalizer), *plain = class_new("Plain", NULL);
    keeper = instance_new(plain);
    Object *b = instance_new(plain), *c_ = instance_with(plain, "b", b);
    instance_setattr(b, "c", c_);
    Object *a = instance_with(cls, "next", b);
    instance_setattr(a, "self", a);
    Object *objects[] = {b, c_, a};
    release(objects, 3);
    on_finalize = keep_next;
    Collection c;
    collect_to_your_phase(&c, 0);
    ck_assert_uint_eq(seen_count, 1);
    ck_assert_resurrected(&c, b);
    ck_assert_resurrected(&c, c_);
    ck_assert_still_trash(&c, a);
    ck_assert_list(&c.unreachable, 1, true);
    ck_assert_int_eq(collection_end(&c), 1);
    ck_assert_refcnt(b, 2); /* keeper's and c's */
    on_finalize = NULL;
    decref(keeper);
    ck_assert_int_eq(gc_collect(), 2);
    Object *classes[] = {cls, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(finalized_marks_are_kept)
{
    Object *phoenix = class_new("Phoenix", resurrect), *cls = class_new("Node", log_finalizer);
    Object *stays = instance_new(cls), *p = instance_with(phoenix, "next", stays);
    instance_setattr(stays, "next", stays);
    instance_setattr(p, "self", p);
    Object *gone = instance_new(cls);
    instance_setattr(gone, "next", gone);
    Object *objects[] = {stays, p, gone};
    release(objects, 3);
    Collection c;
    collect_to_your_phase(&c, 0);
    ck_assert_uint_eq(seen_count, 3);
    ck_assert_msg(gc_is_finalized(p) && gc_is_finalized(stays) &&
                  gc_is_finalized(gone), "an object of the trash lost its "
                  "FINALIZED flag");
    ck_assert_resurrected(&c, stays);
    ck_assert_int_eq(collection_end(&c), 1);
    instance_delattr(stays, "next");
    instance_delattr(p, "self");
    sink_lifeboat(); /* p and stays die, by reference counting */
    ck_assert_uint_eq(seen_count, 3);
    Object *classes[] = {phoenix, cls};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

/* In a full collection `old` is the generation being collected. */
START_TEST(a_second_collection_frees_them_without_finalizing_again)
{
    Object *phoenix = class_new("Phoenix", resurrect), *plain = class_new("Plain", NULL);
    Object *p = instance_new(phoenix), *friend = instance_with(plain, "p", p);
    instance_setattr(p, "friend", friend);
    Object *objects[] = {p, friend};
    release(objects, 2);
    Collection c;
    collect_to_your_phase(&c, GC_OLDEST);
    ck_assert_resurrected(&c, p);
    ck_assert_resurrected(&c, friend);
    ck_assert_list(c.old, old_before + 2, false);
    ck_assert_int_eq(collection_end(&c), 0);
    sink_lifeboat();
    ck_assert_int_eq(gc_collect(), 2);
    ck_assert_uint_eq(seen_count, 1);
    Object *classes[] = {phoenix, plain};
    release(classes, 2);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {the_rest_of_the_trash_stays, 2},
        {a_resurrected_object_survives_in_old, 2},
        {what_a_resurrected_object_reaches_survives_with_it, 2},
        {an_object_stored_by_another_finalizer_is_resurrected, 2},
        {finalized_marks_are_kept, 1},
        {a_second_collection_frees_them_without_finalizing_again, 1},
    };
    return graded_suite("handle_resurrected_objects", graded,
                        GRADED_COUNT(graded),
                        handle_resurrected_objects_is_defined);
}
