/* Graded tests of the chapter 2 exercise box (exercises/02-cycles/box.c). */
#include "graded.h"

STUDENT_WRITES Object *box_new(Object *content);
STUDENT_WRITES Object *box_get(Object *box);
STUDENT_WRITES void box_set(Object *box, Object *content);
STUDENT_WRITES extern Type BoxType;

static void box_is_defined(void)
{
    ck_assert_defined(box_new);
    ck_assert_defined(box_get);
    ck_assert_defined(box_set);
    ck_assert_defined(BoxType);
}

/* box_new, failing clearly rather than crashing on an unwritten one.  (No
 * ck_assert on success: each one records a checkpoint, too slow for a chain
 * of a million.) */
static Object *make_box(Object *content)
{
    Object *b = box_new(content);
    if (b == NULL)
        ck_abort_msg("box_new returned NULL");
    if (b->type != &BoxType)
        ck_abort_msg("box_new must make a BoxType object");
    return b;
}

START_TEST(box_new_holds_a_new_reference_to_its_content)
{
    Object *a = int_new(1);
    Object *b = make_box(a);
    ck_assert_refcnt(b, 1);
    ck_assert_refcnt(a, 2);
    ck_assert_ptr_eq(box_get(b), a);
    ck_assert_refcnt(a, 2); /* box_get's reference is borrowed */
    decref(b);
    ck_assert_refcnt(a, 1);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_new_box_is_a_tracked_container)
{
    Object *a = str_new("a");
    Object *b = make_box(a);
    ck_assert_str_eq(type_name(b), "box");
    ck_assert_msg(BoxType.flags & TYPE_GC, "a box can be part of a cycle: "
                  "its type's flags include TYPE_GC");
    ck_assert_msg(gc_is_tracked(b), "box_new must track the box "
                  "(gc_track), or the collector never sees it");
    ck_assert_uint_ge(BoxType.basic_size, sizeof(Object) + sizeof(Object *));
    ck_assert_uint_eq(BoxType.item_size, 0);
    ck_assert_uint_eq(account_total().live_bytes,
                      object_size(b) + object_size(a));
    decref(b);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

/* An object that records, when it is freed, what the box it watches held
 * at that moment (its dealloc stands for code that a release can run). */
typedef struct Probe {
    Object ob;
    Object *watched; /* a box, borrowed */
} Probe;

static struct {
    int freed;
    Object *content_then;
} seen;

static void probe_dealloc(Object *self)
{
    seen.freed++;
    seen.content_then = box_get(((Probe *)self)->watched);
}

static Type ProbeType = {
    .name = "probe",
    .basic_size = sizeof(Probe),
    .dealloc = probe_dealloc,
};

START_TEST(box_set_stores_the_new_content_then_releases_the_old)
{
    Object *probe = object_new(&ProbeType, 0);
    Object *b = make_box(probe);
    ((Probe *)probe)->watched = b;
    decref(probe); /* the box holds the only reference */
    Object *next = int_new(2);
    seen.freed = 0;
    box_set(b, next);
    ck_assert_msg(seen.freed == 1, "box_set must release the old content");
    ck_assert_msg(seen.content_then == next, "when the old content was "
                  "freed, the box did not hold the new one yet: store it "
                  "first, then release the old");
    ck_assert_ptr_eq(box_get(b), next);
    ck_assert_refcnt(next, 2);
    box_set(b, next); /* the same again: still one reference */
    ck_assert_refcnt(next, 2);
    decref(b);
    ck_assert_refcnt(next, 1);
    decref(next);
    ck_assert_nothing_alive();
}
END_TEST

/* A visitor that returns `result`, counting its calls. */
typedef struct Script {
    int result;
    int calls;
    Object *visited;
} Script;

static int scripted_visit(Object *referent, void *arg)
{
    Script *script = arg;
    script->calls++;
    script->visited = referent;
    return script->result;
}

START_TEST(traverse_visits_the_content_and_returns_what_visit_returns)
{
    Object *a = int_new(1);
    Object *b = make_box(a);
    for (int result = -1; result <= 7; result += 4) {
        Script script = {result, 0, NULL};
        int returned = BoxType.traverse(b, scripted_visit, &script);
        ck_assert_msg(script.calls == 1 && script.visited == a,
                      "traverse must visit the content once");
        ck_assert_msg(returned == result, "visit returned %d, traverse %d",
                      result, returned);
    }
    BoxType.clear(b);
    Script script = {5, 0, NULL};
    ck_assert_int_eq(BoxType.traverse(b, scripted_visit, &script), 0);
    ck_assert_msg(script.calls == 0, "after clear, traverse visits nothing");
    decref(b);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_box_that_holds_itself_is_collected)
{
    Object *payload = list_new();
    Object *b = make_box(payload);
    decref(payload);
    box_set(b, b); /* frees payload: the box held its only reference */
    ck_assert_refcnt(b, 2);
    decref(b);
    ck_assert_uint_eq(account_total().live_objects, 1);
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_cycle_of_a_box_and_a_list_is_collected)
{
    Object *l = list_new();
    Object *b = make_box(l);
    Object *s = str_new("payload");
    list_append(l, b);
    list_append(l, s);
    decref(l);
    decref(b);
    decref(s);
    ck_assert_uint_eq(account_total().live_objects, 3);
    ck_assert_int_eq(gc_collect(), 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_box_held_from_outside_survives_with_its_cycle)
{
    Object *l = list_new();
    Object *b = make_box(l);
    list_append(l, b);
    decref(l);
    ck_assert_int_eq(gc_collect(), 0);
    ck_assert_ptr_eq(box_get(b), l);
    ck_assert_ptr_eq(list_getitem(l, 0), b);
    ck_assert_refcnt(b, 2);
    ck_assert_refcnt(l, 1);
    Object *n = int_new(3);
    box_set(b, n); /* frees l, which held b */
    decref(n);
    ck_assert_refcnt(b, 1);
    decref(b);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_gc_module_sees_what_a_box_holds)
{
    Object *a = int_new(1);
    Object *b = make_box(a);
    Object *referents = gc_get_referents(b);
    ck_assert_uint_eq(list_size(referents), 1);
    ck_assert_ptr_eq(list_getitem(referents, 0), a);
    Object *referrers = gc_get_referrers(a);
    ck_assert_uint_eq(list_size(referrers), 2); /* the box, and referents */
    ck_assert_ptr_eq(list_getitem(referrers, 0), b);
    decref(referrers);
    decref(referents);
    decref(b);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(clear_twice_then_dealloc_releases_the_content_once)
{
    Object *a = int_new(1);
    Object *b = make_box(a);
    BoxType.clear(b);
    ck_assert_ptr_null(box_get(b));
    ck_assert_refcnt(a, 1);
    BoxType.clear(b);
    ck_assert_refcnt(a, 1);
    decref(b);
    ck_assert_refcnt(a, 1);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

enum { RING = 1000, CHAIN_LENGTH = 1000000 };

START_TEST(a_ring_of_boxes_is_collected)
{
    Object *first = make_box(int_new(0));
    decref(box_get(first)); /* the box holds the int's only reference */
    Object *last = newref(first);
    for (int i = 1; i < RING; i++) {
        Object *b = make_box(last);
        decref(last);
        last = b;
    }
    box_set(first, last); /* close the ring: frees the int */
    decref(first);
    decref(last);
    ck_assert_uint_eq(account_total().live_objects, RING);
    ck_assert_int_eq(gc_collect(), RING);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_chain_of_a_million_boxes_is_freed_by_one_decref)
{
    /* With the collector on, each of the thousands of collections that the
     * allocations would start walks every box made so far: chapter 3's
     * generations are the cure.  Here it is off while the chain is made. */
    gc_disable();
    Object *x = int_new(0);
    Object *head = newref(x);
    for (int i = 0; i < CHAIN_LENGTH; i++) {
        Object *b = make_box(head);
        decref(head);
        head = b;
    }
    gc_enable();
    ck_assert_uint_eq(account_total().live_objects, CHAIN_LENGTH + 1);
    decref(head);
    ck_assert_refcnt(x, 1);
    decref(x);
    ck_assert_nothing_alive();
}
END_TEST

static void get_from_a_list(void)
{
    box_get(list_new());
}

static void set_into_an_int(void)
{
    box_set(int_new(2), int_new(3));
}

START_TEST(the_accessors_of_something_else_are_a_clear_error)
{
    assert_misuse(get_from_a_list, "expected a box: list object");
    assert_misuse(set_into_an_int, "expected a box: int object");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {box_new_holds_a_new_reference_to_its_content, 2},
        {a_new_box_is_a_tracked_container, 1},
        {box_set_stores_the_new_content_then_releases_the_old, 2},
        {traverse_visits_the_content_and_returns_what_visit_returns, 1},
        {a_box_that_holds_itself_is_collected, 2},
        {a_cycle_of_a_box_and_a_list_is_collected, 2},
        {a_box_held_from_outside_survives_with_its_cycle, 2},
        {the_gc_module_sees_what_a_box_holds, 1},
        {clear_twice_then_dealloc_releases_the_content_once, 1},
        {a_ring_of_boxes_is_collected, 1},
        {a_chain_of_a_million_boxes_is_freed_by_one_decref, 2},
        {the_accessors_of_something_else_are_a_clear_error, 1},
    };
    return graded_suite("box", graded, GRADED_COUNT(graded),
                        box_is_defined);
}
