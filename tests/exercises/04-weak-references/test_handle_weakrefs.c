/* Graded tests of the chapter 4 exercise handle_weakrefs
 * (exercises/04-weak-references/handle_weakrefs.c).
 *
 * Each test makes trash (two instances in a cycle, with weak references to
 * them and in them), runs a collection with the library's phases up to the
 * student's, checks what the student's phase did before delete_garbage
 * runs (after it, the runtime's own clear_weakrefs would hide a phase that
 * did nothing), then lets the collection finish.  The callbacks log their
 * calls (weak_log.h) and look at the trash while they run. */
#include "graded.h"

#include "gc_state.h"
#include "weak_log.h"

STUDENT_WRITES long my_handle_weakrefs(GCHead *unreachable, GCHead *old);

static void handle_weakrefs_is_defined(void)
{
    ck_assert_defined(my_handle_weakrefs);
}

static void release(Object **objects, size_t n)
{
    for (size_t i = 0; i < n; i++)
        decref(objects[i]);
}

/* A collection of one generation, cut in two around the student's phase:
 * collect_main's phases before handle_weakrefs, then delete_garbage. */
typedef struct Collection {
    GCHead unreachable;
    GCHead *old;
    long freed; /* what the student's phase returned */
} Collection;

static void collection_begin(Collection *c, int generation)
{
    gc_state.collecting = true; /* callbacks allocate: no collection inside */
    for (int i = 0; i < generation; i++)
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    GCHead *young = GEN_HEAD(generation);
    c->old = generation < GC_OLDEST ? GEN_HEAD(generation + 1) : young;
    gc_list_init(&c->unreachable);
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, &c->unreachable);
    promote(generation);
}

static void your_phase(Collection *c)
{
    c->freed = my_handle_weakrefs(&c->unreachable, c->old);
}

/* Returns how many objects the collection found, as collect_main counts. */
static long collection_end(Collection *c)
{
    long found = c->freed + (long)gc_list_size(&c->unreachable);
    delete_garbage(&c->unreachable, c->old);
    gc_state.collecting = false;
    return found;
}

/* Is op in list?  Bounded, so that a broken list fails instead of hanging. */
static bool in_list(GCHead *list, const Object *op)
{
    enum { STEPS_MAX = 100000 };
    GCHead *g = gc_next(list);
    for (int i = 0; g != list && i < STEPS_MAX; i++, g = gc_next(g))
        if (from_gc(g) == op)
            return true;
    return false;
}

/* The trash: two instances of cls that hold each other. */
static Object *trash_a, *trash_b;

static void make_trash(Object *cls)
{
    trash_a = instance_new(cls);
    trash_b = instance_with(cls, "other", trash_a);
    instance_setattr(trash_a, "other", trash_b);
}

/* Called once the trash is no longer referenced from outside. */
static void drop_trash(void)
{
    decref(trash_a);
    decref(trash_b);
}

/* From inside a callback: the trash is whole, and no weak reference to it
 * is set. */
static size_t seen_broken, seen_uncleared;
static Object *watched[3];

static void look_at_the_trash(Object *wr)
{
    (void)wr;
    seen_broken += instance_getattr(trash_a, "other") != trash_b ||
                   instance_getattr(trash_b, "other") != trash_a;
    seen_uncleared += weakref_count(trash_a) + weakref_count(trash_b);
    for (size_t i = 0; i < 3 && watched[i] != NULL; i++)
        seen_uncleared += ((WeakRef *)watched[i])->referent != NULL;
}

START_TEST(weak_references_to_the_trash_are_cleared)
{
    Object *cls = class_new("C", NULL), *key = str_new("key");
    make_trash(cls);
    Object *to_a = weakref_new(trash_a, NULL);
    Object *keyed_a = keyedref_new(trash_a, NULL, key);
    Object *to_b = weakref_new(trash_b, NULL);
    Object *y = instance_new(cls), *to_y = weakref_new(y, NULL);
    drop_trash();
    Collection c;
    collection_begin(&c, 0);
    your_phase(&c);
    ck_assert_msg(weakref_count(trash_a) == 0 && weakref_count(trash_b) == 0,
                  "an object of the trash still has weak references");
    ck_assert_ptr_null(weakref_get(to_a));
    ck_assert_ptr_null(weakref_get(keyed_a));
    ck_assert_ptr_null(weakref_get(to_b));
    ck_assert_msg(((WeakRef *)to_y)->referent == y, "a weak reference to a "
                  "live object was cleared");
    ck_assert_int_eq(c.freed, 0);
    ck_assert_uint_eq(gc_list_size(&c.unreachable), 2);
    ck_assert_int_eq(collection_end(&c), 2);
    Object *objects[] = {to_y, y, to_b, keyed_a, to_a, key, cls};
    release(objects, 7);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_reachable_weak_reference_is_called_back_in_the_phase)
{
    Object *cls = class_new("C", NULL), *callback = logging_callback(1);
    make_trash(cls);
    Object *wr = weakref_new(trash_a, callback);
    drop_trash();
    on_call = look_at_the_trash;
    Collection c;
    collection_begin(&c, 0);
    your_phase(&c);
    ck_assert_msg(call_count == 1, "%zu callbacks were called in your "
                  "phase, expected 1", call_count);
    ck_assert_call(0, 1, wr);
    ck_assert_msg(seen_broken == 0, "the callback saw the trash taken apart");
    ck_assert_msg(weakref_callback(wr) == callback, "the weak reference lost "
                  "its callback: the collector leaves it");
    ck_assert_msg(in_list(c.old, wr), "the weak reference called back is "
                  "not in `old`");
    ck_assert_int_eq(collection_end(&c), 2);
    ck_assert_uint_eq(call_count, 1);
    ck_assert_refcnt(wr, 1);
    on_call = NULL;
    Object *objects[] = {wr, callback, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_weak_reference_in_the_trash_is_cleared_silently)
{
    Object *cls = class_new("C", NULL), *y = instance_new(cls);
    Object *callbacks[3];
    for (long i = 0; i < 3; i++)
        callbacks[i] = logging_callback(i);
    make_trash(cls);
    Object *to_trash = weakref_new(trash_b, callbacks[0]);
    Object *to_live = weakref_new(y, callbacks[1]);
    instance_setattr(trash_a, "to_trash", to_trash); /* both in the trash */
    instance_setattr(trash_b, "to_live", to_live);
    Object *outside = weakref_new(trash_a, callbacks[2]);
    watched[0] = to_live;
    Object *trash[] = {to_trash, to_live, callbacks[0], callbacks[1]};
    release(trash, 4);
    drop_trash();
    on_call = look_at_the_trash;
    Collection c;
    collection_begin(&c, 0);
    your_phase(&c);
    ck_assert_msg(call_count >= 1, "the reachable weak reference was not "
                  "called back in your phase");
    ck_assert_msg(call_count == 1, "%zu callbacks were called, expected 1: "
                  "a weak reference in the trash gets no call", call_count);
    ck_assert_call(0, 2, outside);
    ck_assert_msg(seen_uncleared == 0, "a callback found a weak reference "
                  "of the trash, to a live object, still set: clear them "
                  "all before calling any");
    ck_assert_msg(weakref_count(y) == 0, "the weak reference in the trash "
                  "to a live object was not cleared");
    /* a, b, the two weak references and their two callbacks */
    ck_assert_int_eq(collection_end(&c), 6);
    decref(y);
    ck_assert_uint_eq(call_count, 1);
    on_call = NULL;
    Object *objects[] = {outside, callbacks[2], cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(every_weak_reference_is_cleared_before_the_first_callback)
{
    Object *cls = class_new("C", NULL);
    Object *callbacks[] = {logging_callback(1), logging_callback(2)};
    make_trash(cls);
    Object *to_a = weakref_new(trash_a, callbacks[0]);
    Object *to_b = weakref_new(trash_b, callbacks[1]);
    watched[0] = to_a;
    watched[1] = to_b;
    drop_trash();
    on_call = look_at_the_trash;
    Collection c;
    collection_begin(&c, 0);
    your_phase(&c);
    ck_assert_msg(call_count == 2, "%zu callbacks were called in your "
                  "phase, expected 2", call_count);
    ck_assert_msg(seen_uncleared == 0, "a callback found a weak reference "
                  "to the trash still set: clear them all, then call");
    ck_assert_msg(seen_broken == 0, "a callback saw the trash taken apart");
    ck_assert_int_eq(collection_end(&c), 2);
    on_call = NULL;
    Object *objects[] = {to_a, to_b, callbacks[0], callbacks[1], cls};
    release(objects, 5);
    ck_assert_nothing_alive();
}
END_TEST

static Object *own; /* a weak reference its callback frees */

static void free_own(Object *wr)
{
    if (wr == own) {
        own = NULL;
        decref(wr);
    }
}

START_TEST(weak_references_freed_by_their_callbacks_are_counted)
{
    Object *cls = class_new("C", NULL);
    Object *callbacks[] = {logging_callback(1), logging_callback(2)};
    make_trash(cls);
    own = weakref_new(trash_a, callbacks[0]);
    Object *kept = weakref_new(trash_b, callbacks[1]);
    drop_trash();
    on_call = free_own;
    Collection c;
    collection_begin(&c, 0);
    your_phase(&c);
    ck_assert_uint_eq(call_count, 2);
    ck_assert_ptr_null(own);
    ck_assert_msg(c.freed == 1, "your phase returned %ld, expected 1: one "
                  "weak reference was freed by its own callback", c.freed);
    ck_assert_int_eq(collection_end(&c), 3);
    on_call = NULL;
    Object *objects[] = {kept, callbacks[0], callbacks[1], cls};
    release(objects, 4);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(weak_references_called_back_end_in_old)
{
    Object *cls = class_new("C", NULL), *callback = logging_callback(1);
    make_trash(cls);
    Object *wr = weakref_new(trash_a, callback);
    gc_list_move(as_gc(wr), GEN_HEAD(2)); /* not even in the collection */
    drop_trash();
    Collection c;
    collection_begin(&c, 0);
    your_phase(&c);
    ck_assert_uint_eq(call_count, 1);
    ck_assert_msg(in_list(GEN_HEAD(1), wr), "the weak reference called back "
                  "is not in `old` (generation 1)");
    ck_assert_msg(!in_list(GEN_HEAD(2), wr), "the weak reference called back "
                  "is still in generation 2");
    ck_assert_int_eq(collection_end(&c), 2);
    Object *objects[] = {wr, callback, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

/* A collection with the student's phase, run from inside a dealloc. */
static long found_inside;
static size_t calls_in_phase;

static void collect_inside(Object *unused)
{
    (void)unused;
    Collection c;
    collection_begin(&c, 0);
    your_phase(&c);
    calls_in_phase = call_count;
    found_inside = collection_end(&c);
}

START_TEST(a_weak_reference_waiting_to_be_freed_gets_no_callback)
{
    Object *cls = class_new("C", NULL);
    Object *doomed_callback = logging_callback(1), *callback = logging_callback(2);
    make_trash(cls);
    Object *live = weakref_new(trash_b, callback);
    Object *releaser = releaser_new(weakref_new(trash_a, doomed_callback),
                                    collect_inside, NULL);
    drop_trash();
    decref(releaser);
    ck_assert_msg(calls_in_phase >= 1, "the callback of a live weak "
                  "reference was not called in your phase");
    ck_assert_msg(call_count == 1, "%zu callbacks were called, expected 1: "
                  "a weak reference whose count is zero gets none",
                  call_count);
    ck_assert_call(0, 2, live);
    ck_assert_int_eq(found_inside, 2);
    Object *objects[] = {live, callback, doomed_callback, cls};
    release(objects, 4);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_weak_valued_dictionary_loses_its_entry_in_the_phase)
{
    Object *cls = class_new("C", NULL), *key = str_new("key");
    Object *d = weakvaluedict_new();
    make_trash(cls);
    weakdict_setitem(d, key, trash_a);
    drop_trash();
    Collection c;
    collection_begin(&c, GC_OLDEST);
    your_phase(&c);
    ck_assert_msg(dict_size(((WeakDict *)d)->data) == 0, "the dictionary "
                  "still has the entry of a value in the trash: its "
                  "callback did not run in your phase");
    /* a and b, and the entry's KeyedRef: freed once the call was over */
    ck_assert_int_eq(collection_end(&c), 3);
    ck_assert_ptr_null(weakdict_getitem(d, key));
    Object *objects[] = {d, key, cls};
    release(objects, 3);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {weak_references_to_the_trash_are_cleared, 2},
        {a_reachable_weak_reference_is_called_back_in_the_phase, 1},
        {a_weak_reference_in_the_trash_is_cleared_silently, 2},
        {every_weak_reference_is_cleared_before_the_first_callback, 2},
        {weak_references_freed_by_their_callbacks_are_counted, 1},
        {weak_references_called_back_end_in_old, 1},
        {a_weak_reference_waiting_to_be_freed_gets_no_callback, 1},
        {a_weak_valued_dictionary_loses_its_entry_in_the_phase, 1},
    };
    return graded_suite("handle_weakrefs", graded, GRADED_COUNT(graded),
                        handle_weakrefs_is_defined);
}
