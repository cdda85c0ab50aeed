/* Graded tests of the chapter 2 exercise subtract_refs
 * (exercises/02-cycles/subtract_refs.c).
 *
 * Each test runs the first phases of a collection by hand: update_refs, then
 * the student's my_subtract_refs; checks the gc_refs of objects it knows;
 * then finishes the collection with the library's phases, in gc_collect's
 * order, so that nothing leaks. */
#include "graded.h"
#include "guarded_int.h"

#include "gc_state.h"

STUDENT_WRITES void my_subtract_refs(GCHead *collected);

static void subtract_refs_is_defined(void)
{
    ck_assert_defined(my_subtract_refs);
}

/* update_refs, then the student's phase.  gc_state.collecting is set as
 * gc_collect sets it, so that no collection starts in the middle. */
static void compute_gc_refs(GCHead *collected)
{
    gc_state.collecting = true;
    update_refs(collected);
    my_subtract_refs(collected);
}

/* The rest of a collection, as gc_collect runs it; returns how many objects
 * were found unreachable. */
static long finish_collection(GCHead *collected)
{
    GCHead unreachable;
    gc_list_init(&unreachable);
    move_unreachable(collected, &unreachable);
    long found = (long)gc_list_size(&unreachable);
    untrack_dicts(collected);
    delete_garbage(&unreachable, collected);
    gc_state.collecting = false;
    return found;
}

/* op is still being collected and its gc_refs are `expected`.  (A macro,
 * so that a failure names the test's line.) */
#define ck_assert_gc_refs(op, expected)                                      \
    do {                                                                     \
        GCHead *g_ = as_gc(op);                                              \
        ck_assert_msg(gc_is_collecting(g_), "%s lost its COLLECTING flag: "  \
                      "change nothing but gc_refs", #op);                   \
        long refs_ = (long)gc_get_refs(g_), expected_ = (long)(expected);    \
        ck_assert_msg(refs_ == expected_,                                    \
                      "gc_refs of %s is %ld, expected %ld (its refcnt is "   \
                      "%ld)", #op, refs_, expected_, (long)(op)->refcnt);    \
    } while (0)

static void set(Object *dict, const char *key, Object *value)
{
    Object *k = str_new(key);
    dict_setitem(dict, k, value);
    decref(k);
}

START_TEST(a_list_that_holds_itself_has_no_reference_from_outside)
{
    Object *garbage = list_new();
    list_append(garbage, garbage);
    decref(garbage); /* only its own reference is left */
    Object *held = list_new();
    list_append(held, held); /* and ours */
    compute_gc_refs(all_tracked());
    ck_assert_gc_refs(garbage, 0);
    ck_assert_gc_refs(held, 1);
    ck_assert_refcnt(held, 2);
    ck_assert_int_eq(finish_collection(all_tracked()), 1);
    ListType.clear(held);
    decref(held);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(every_reference_counts_even_a_repeated_one)
{
    Object *holder = list_new(), *target = list_new(), *other = list_new();
    for (int i = 0; i < 3; i++)
        list_append(holder, target);
    list_append(holder, other);
    list_append(target, holder);
    decref(other);
    /* target: ours and holder's three; holder: ours and target's one. */
    compute_gc_refs(all_tracked());
    ck_assert_gc_refs(target, 1);
    ck_assert_gc_refs(holder, 1);
    ck_assert_gc_refs(other, 0);
    ck_assert_refcnt(target, 4);
    ck_assert_int_eq(finish_collection(all_tracked()), 0);
    ListType.clear(target);
    decref(target);
    decref(holder);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_cycle_held_from_outside_keeps_one_outside_reference)
{
    /* a -> b -> c -> a, held by our one reference to a; d <-> e, garbage. */
    Object *a = list_new(), *b = list_new(), *c = list_new();
    Object *d = list_new(), *e = list_new();
    list_append(a, b);
    list_append(b, c);
    list_append(c, a);
    list_append(d, e);
    list_append(e, d);
    decref(b);
    decref(c);
    decref(d);
    decref(e);
    compute_gc_refs(all_tracked());
    ck_assert_gc_refs(a, 1);
    ck_assert_gc_refs(b, 0);
    ck_assert_gc_refs(c, 0);
    ck_assert_gc_refs(d, 0);
    ck_assert_gc_refs(e, 0);
    ck_assert_int_eq(finish_collection(all_tracked()), 2);
    ListType.clear(a);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(instances_refer_to_their_class)
{
    /* x <-> y through "next"; we hold the class and x. */
    Object *Node = class_new("Node", NULL);
    Object *x = instance_new(Node), *y = instance_new(Node);
    Object *name = str_new("x");
    instance_setattr(x, "name", name);
    instance_setattr(x, "next", y);
    instance_setattr(y, "next", x);
    decref(y);
    decref(name);
    compute_gc_refs(all_tracked());
    ck_assert_gc_refs(Node, 1); /* ours; the instances' two are inside */
    ck_assert_gc_refs(x, 1);
    ck_assert_gc_refs(y, 0);
    ck_assert_refcnt(Node, 3);
    ck_assert_int_eq(finish_collection(all_tracked()), 0);
    instance_delattr(x, "next"); /* frees y, which held x */
    decref(x);
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST


START_TEST(atoms_have_no_gc_head_and_are_left_alone)
{
    Object *atom = guarded_int(PREV_COLLECTING | ((uintptr_t)5 << PREV_SHIFT));
    Object *n = int_new(7), *s = str_new("s");
    Object *l = list_new();
    list_append(l, atom);
    list_append(l, n);
    list_append(l, s);
    list_append(l, l);
    compute_gc_refs(all_tracked());
    ck_assert_guard_untouched();
    ck_assert_gc_refs(l, 1);
    ck_assert_refcnt(n, 2);
    ck_assert_refcnt(s, 2);
    ck_assert_refcnt(atom, 2);
    ck_assert_int_eq(finish_collection(all_tracked()), 0);
    ListType.clear(l);
    decref(l);
    decref(n);
    decref(s);
    ck_assert_refcnt(atom, 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(an_untracked_container_is_left_alone)
{
    Object *d = dict_new(); /* holds only ints: untracked */
    Object *one = int_new(1);
    set(d, "one", one);
    decref(one);
    Object *l = list_new();
    list_append(l, d);
    list_append(l, l);
    decref(d);
    ck_assert(!gc_is_tracked(d));
    compute_gc_refs(all_tracked());
    ck_assert_msg(as_gc(d)->next == 0 && as_gc(d)->prev == 0,
                  "the GC head of an untracked dict was changed: it is not "
                  "being collected (check gc_is_collecting)");
    ck_assert_gc_refs(l, 1);
    ck_assert_refcnt(d, 1);
    ck_assert_int_eq(finish_collection(all_tracked()), 0);
    ListType.clear(l);
    decref(l);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(objects_outside_the_collected_set_are_left_alone)
{
    /* Collect only `first` and `second`, moved to a list of their own, as a
     * generation is (chapter 3).  `outside` stays tracked in
     * the tracked objects: first -> outside -> second <-> first. */
    Object *outside = list_new(), *first = list_new(), *second = list_new();
    list_append(first, outside);
    list_append(outside, second);
    list_append(first, second);
    list_append(second, first);
    decref(first);
    decref(second);
    GCHead young;
    gc_list_init(&young);
    gc_list_move(as_gc(first), &young);
    gc_list_move(as_gc(second), &young);
    GCHead tracked_before = *all_tracked(); /* merging first moves outside */
    GCHead before = *as_gc(outside);
    compute_gc_refs(&young);
    ck_assert_msg(as_gc(outside)->next == before.next &&
                  as_gc(outside)->prev == before.prev,
                  "the GC head of a container outside the collected list "
                  "was changed (check gc_is_collecting)");
    ck_assert(all_tracked()->next == tracked_before.next &&
              all_tracked()->prev == tracked_before.prev);
    ck_assert_gc_refs(first, 0);  /* second's reference is inside */
    ck_assert_gc_refs(second, 1); /* outside's is not */
    ck_assert_refcnt(outside, 2);
    ck_assert_int_eq(finish_collection(&young), 0);
    gc_list_merge(&young, all_tracked());
    decref(outside);
    ck_assert_int_eq(gc_collect(), 3); /* all three are garbage now */
    ck_assert_nothing_alive();
}
END_TEST

/* A heap of GRAPH lists with pseudo-random references between them, built
 * the same each time.  The first half refers only to the first half, and we
 * keep a reference to one in HELD_EVERY of it; the second half refers to
 * anything and to the second half, and is held only by itself. */
enum { GRAPH = 300, HELD_EVERY = 13 };

static unsigned long lcg_state;

static size_t next_random(size_t bound)
{
    lcg_state = lcg_state * 6364136223846793005UL + 1442695040888963407UL;
    return (size_t)(lcg_state >> 33) % bound;
}

static size_t build_graph(Object **held)
{
    Object *lists[GRAPH];
    lcg_state = 2;
    for (size_t i = 0; i < GRAPH; i++)
        lists[i] = list_new();
    for (size_t i = 0; i < GRAPH / 2; i++)
        for (size_t k = next_random(4); k > 0; k--)
            list_append(lists[i], lists[next_random(GRAPH / 2)]);
    for (size_t i = GRAPH / 2; i < GRAPH; i++) {
        list_append(lists[i], lists[next_random(GRAPH)]);
        list_append(lists[i], lists[GRAPH / 2 + next_random(GRAPH / 2)]);
    }
    size_t count = 0;
    for (size_t i = 0; i < GRAPH; i++) {
        if (i < GRAPH / 2 && i % HELD_EVERY == 0)
            held[count++] = lists[i];
        else
            decref(lists[i]);
    }
    return count;
}

static void release_graph(Object **held, size_t count)
{
    for (size_t i = 0; i < count; i++)
        decref(held[i]);
    gc_collect();
}

/* For each tracked object, in the list's order, refcnt minus the visits of
 * every tracked object's traverse: counted the slow way. */
typedef struct Expected {
    size_t count;
    Object *objects[GRAPH];
    long refs[GRAPH];
} Expected;

static int count_internal(Object *op, void *arg)
{
    Expected *e = arg;
    for (size_t i = 0; i < e->count; i++)
        if (e->objects[i] == op)
            e->refs[i]--;
    return 0;
}

static void expected_gc_refs(Expected *e)
{
    e->count = 0;
    GCHead *tracked = all_tracked();
    for (GCHead *g = gc_next(tracked); g != tracked; g = gc_next(g)) {
        ck_assert_uint_lt(e->count, GRAPH);
        e->objects[e->count] = from_gc(g);
        e->refs[e->count++] = (long)from_gc(g)->refcnt;
    }
    for (size_t i = 0; i < e->count; i++)
        e->objects[i]->type->traverse(e->objects[i], count_internal, e);
}

START_TEST(a_whole_collection_with_your_phase_frees_the_garbage)
{
    Object *held[GRAPH];
    size_t count = build_graph(held);
    long garbage = gc_collect(); /* the library's, on a first copy */
    ck_assert_int_gt(garbage, 20);
    ck_assert_int_lt(garbage, GRAPH / 2);
    release_graph(held, count);
    ck_assert_nothing_alive();

    count = build_graph(held);
    Expected e;
    expected_gc_refs(&e);
    compute_gc_refs(all_tracked());
    size_t i = 0;
    GCHead *tracked = all_tracked();
    for (GCHead *g = gc_next(tracked); g != tracked; g = gc_next(g), i++) {
        ck_assert_ptr_eq(from_gc(g), e.objects[i]);
        ck_assert_msg(gc_get_refs(g) == e.refs[i],
                      "object %zu of the list: gc_refs %ld, expected %ld", i,
                      (long)gc_get_refs(g), e.refs[i]);
    }
    ck_assert_uint_eq(i, e.count);
    ck_assert_int_eq(finish_collection(all_tracked()), garbage);
    release_graph(held, count);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_list_that_holds_itself_has_no_reference_from_outside, 2},
        {every_reference_counts_even_a_repeated_one, 2},
        {a_cycle_held_from_outside_keeps_one_outside_reference, 2},
        {instances_refer_to_their_class, 2},
        {atoms_have_no_gc_head_and_are_left_alone, 2},
        {an_untracked_container_is_left_alone, 1},
        {objects_outside_the_collected_set_are_left_alone, 2},
        {a_whole_collection_with_your_phase_frees_the_garbage, 2},
    };
    return graded_suite("subtract_refs", graded, GRADED_COUNT(graded),
                        subtract_refs_is_defined);
}
