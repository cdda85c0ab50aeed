/* Graded tests of the chapter 2 exercise move_unreachable
 * (exercises/02-cycles/move_unreachable.c).
 *
 * Each test runs a collection by hand: the library's update_refs and
 * subtract_refs, then the student's my_move_unreachable; checks both lists
 * (linked both ways, the flags, which objects are where); then finishes the
 * collection with the library's phases, in gc_collect's order, so that the
 * garbage is freed and nothing leaks. */
#include <stdbool.h>

#include "graded.h"
#include "guarded_int.h"

#include "gc_state.h"

STUDENT_WRITES void my_move_unreachable(GCHead *collected,
                                        GCHead *unreachable);

static void move_unreachable_is_defined(void)
{
    ck_assert_defined(my_move_unreachable);
}

/* A container of one reference (or none) whose traverse counts its calls. */
typedef struct Link {
    Object ob;
    Object *to; /* strong, or NULL */
} Link;

static size_t link_traversals;

static int link_traverse(Object *self, visitproc visit, void *arg)
{
    Object *to = ((Link *)self)->to;
    link_traversals++;
    return to ? visit(to, arg) : 0;
}

static void link_clear(Object *self)
{
    Link *link = (Link *)self;
    Object *to = link->to;
    link->to = NULL;
    xdecref(to);
}

static Type LinkType = {
    .name = "link",
    .basic_size = sizeof(Link),
    .flags = TYPE_GC,
    .dealloc = link_clear,
    .traverse = link_traverse,
    .clear = link_clear,
};

static Object *link_new(Object *to)
{
    Object *op = object_new(&LinkType, 0);
    ((Link *)op)->to = to ? newref(to) : NULL;
    gc_track(op);
    return op;
}

/* A chain of n links in the worst order for a pass: each link refers to
 * the one made (and tracked) before it, so the pass meets every link before
 * the one that refers to it.  Returns the last link made (a new reference:
 * the only one from outside), and the first in *first (borrowed). */
static Object *backward_chain(size_t n, Object **first)
{
    Object *head = link_new(NULL);
    *first = head;
    for (size_t i = 1; i < n; i++) {
        Object *next = link_new(head);
        decref(head);
        head = next;
    }
    return head;
}

/* Where the list's objects are, at most: every object alive, and the head. */
static size_t list_bound(void)
{
    return account_total().live_objects + 1;
}

/* `head` is a list linked both ways, without NEXT_UNREACHABLE bits, and
 * each of its objects has COLLECTING set (or clear) as `collecting` says.
 * Returns its size.  (Plain ifs, not ck_assert, for speed on long lists.) */
static size_t check_list(GCHead *head, const char *name, bool collecting)
{
    size_t bound = list_bound(), n = 0;
    if (head->next & NEXT_UNREACHABLE)
        ck_abort_msg("the head of %s has NEXT_UNREACHABLE set on its next: "
                     "clear the bit everywhere before returning", name);
    GCHead *prev = head;
    for (GCHead *g = gc_next(head); g != head; g = gc_next(g)) {
        if (++n > bound)
            ck_abort_msg("%s does not come back to its head: its next "
                         "pointers make a loop", name);
        if (gc_prev(g) != prev)
            ck_abort_msg("%s is not linked both ways: the prev of its "
                         "object %zu (a %s) is not the object before it",
                         name, n, type_name(from_gc(g)));
        if (g->next & NEXT_UNREACHABLE)
            ck_abort_msg("object %zu of %s (a %s) has NEXT_UNREACHABLE set "
                         "on its next", n, name, type_name(from_gc(g)));
        if (gc_is_collecting(g) != collecting)
            ck_abort_msg("object %zu of %s (a %s) has its COLLECTING flag "
                         "%s; expected it %s", n, name,
                         type_name(from_gc(g)),
                         collecting ? "clear" : "set",
                         collecting ? "set" : "clear");
        prev = g;
    }
    if (gc_prev(head) != prev || (head->prev & PREV_FLAGS) != 0)
        ck_abort_msg("the prev of the head of %s is not its last object",
                     name);
    return n;
}

static bool in_list(GCHead *head, const Object *op)
{
    for (GCHead *g = gc_next(head); g != head; g = gc_next(g))
        if (from_gc(g) == op)
            return true;
    return false;
}

#define ck_assert_in(list, op)                                               \
    ck_assert_msg(in_list(list, op), "%s is not in %s", #op, #list)

/* The phases before the student's, then the student's, then the checks that
 * hold for every input.  gc_state.collecting is set as gc_collect sets it,
 * so that no collection starts in the middle. */
static void split(GCHead *collected, GCHead *unreachable)
{
    gc_list_init(unreachable);
    size_t size = gc_list_size(collected);
    gc_state.collecting = true;
    update_refs(collected);
    subtract_refs(collected);
    link_traversals = 0;
    my_move_unreachable(collected, unreachable);
    size_t kept = check_list(collected, "collected", false);
    size_t moved = check_list(unreachable, "unreachable", true);
    ck_assert_msg(kept + moved == size, "%zu objects were being collected, "
                  "but %zu are in collected and %zu in unreachable", size,
                  kept, moved);
}

/* The rest of the collection, as gc_collect runs it; returns how many
 * objects were found unreachable. */
static long finish_collection(GCHead *collected, GCHead *unreachable)
{
    long found = (long)gc_list_size(unreachable);
    untrack_dicts(collected);
    delete_garbage(unreachable, collected);
    gc_state.collecting = false;
    return found;
}

#define collected (all_tracked())

START_TEST(garbage_is_moved_out_and_the_rest_stays)
{
    Object *held = list_new(), *garbage = list_new();
    Object *d = list_new(), *e = list_new();
    Object *plain = list_new(), *n = int_new(1);
    list_append(held, held);
    list_append(garbage, garbage);
    list_append(d, e);
    list_append(e, d);
    list_append(plain, n);
    decref(garbage);
    decref(d);
    decref(e);
    GCHead unreachable;
    split(collected, &unreachable);
    ck_assert_in(collected, held);
    ck_assert_in(collected, plain);
    ck_assert_in(&unreachable, garbage);
    ck_assert_in(&unreachable, d);
    ck_assert_in(&unreachable, e);
    ck_assert_int_eq(finish_collection(collected, &unreachable), 3);
    ListType.clear(held);
    decref(held);
    decref(plain);
    decref(n);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(an_object_met_before_the_one_that_reaches_it_is_brought_back)
{
    /* Tracked in the order garbage, e1, e2, e3, late: late -> e3 -> e2 ->
     * e1 -> late, and garbage -> itself and e1.  Only late is held: the
     * pass meets e1, e2 and e3 with gc_refs 0, before late. */
    Object *garbage = list_new();
    Object *e1 = list_new(), *e2 = list_new(), *e3 = list_new();
    Object *late = list_new();
    list_append(garbage, garbage);
    list_append(garbage, e1);
    list_append(late, e3);
    list_append(e3, e2);
    list_append(e2, e1);
    list_append(e1, late);
    decref(garbage);
    decref(e1);
    decref(e2);
    decref(e3);
    GCHead unreachable;
    split(collected, &unreachable);
    ck_assert_in(collected, late);
    ck_assert_in(collected, e3);
    ck_assert_in(collected, e2);
    ck_assert_in(collected, e1);
    ck_assert_in(&unreachable, garbage);
    ck_assert_int_eq(finish_collection(collected, &unreachable), 1);
    ck_assert_refcnt(e1, 1); /* garbage's reference is gone */
    decref(late);
    ck_assert_int_eq(gc_collect(), 4);
    ck_assert_nothing_alive();
}
END_TEST

enum { CHAIN = 1000 };

START_TEST(a_chain_in_the_worst_order_is_all_brought_back)
{
    Object *first;
    Object *head = backward_chain(CHAIN, &first);
    Object *ring_first;
    Object *ring = backward_chain(CHAIN, &ring_first);
    ((Link *)ring_first)->to = ring; /* close the ring, with our reference */
    GCHead unreachable;
    split(collected, &unreachable);
    ck_assert_uint_eq(gc_list_size(collected), CHAIN);
    ck_assert_uint_eq(gc_list_size(&unreachable), CHAIN);
    ck_assert_in(collected, head);
    ck_assert_in(collected, first);
    ck_assert_in(&unreachable, ring);
    ck_assert_in(&unreachable, ring_first);
    ck_assert_int_eq(finish_collection(collected, &unreachable), CHAIN);
    decref(head);
    ck_assert_nothing_alive();
}
END_TEST

static void set(Object *dict, const char *key, Object *value)
{
    Object *k = str_new(key);
    dict_setitem(dict, k, value);
    decref(k);
}

START_TEST(self_loops_and_cycles_reachable_or_not)
{
    Object *Node = class_new("Node", NULL);
    Object *c1 = list_new(), *c2 = list_new(), *c3 = list_new();
    Object *x = instance_new(Node), *y = instance_new(Node);
    Object *z = list_new(), *kept = list_new(), *holder = dict_new();
    Object *self = list_new();
    list_append(c1, c2); /* c1 -> c2 -> c3 -> c1, held through holder */
    list_append(c2, c3);
    list_append(c3, c1);
    set(holder, "c2", c2);
    instance_setattr(x, "next", y); /* x <-> y, garbage */
    instance_setattr(y, "next", x);
    instance_setattr(y, "kept", kept); /* held by us too */
    instance_setattr(x, "z", z);       /* held only by x */
    list_append(self, self);           /* held by us */
    decref(c1);
    decref(c2);
    decref(c3);
    decref(x);
    decref(y);
    decref(z);
    GCHead unreachable;
    split(collected, &unreachable);
    Object *reachable[] = {Node, c1, c2, c3, kept, holder, self};
    for (size_t i = 0; i < sizeof reachable / sizeof *reachable; i++)
        ck_assert_msg(in_list(collected, reachable[i]), "a reachable %s is "
                      "not in collected", type_name(reachable[i]));
    ck_assert_in(&unreachable, x);
    ck_assert_in(&unreachable, y);
    ck_assert_in(&unreachable, z);
    ck_assert_int_eq(finish_collection(collected, &unreachable), 3);
    ck_assert_refcnt(kept, 1);
    ListType.clear(self);
    decref(self);
    decref(kept);
    decref(holder);
    ck_assert_int_eq(gc_collect(), 3); /* c1, c2, c3 */
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(objects_outside_the_set_are_left_alone)
{
    /* Collect only first, second and third, moved to a list of their own
     * as a generation is (chapter 3).  outside stays with the tracked objects,
     * ints is an untracked dict, atom an int:
     *   first -> outside, ints, atom, second;  second -> first;
     *   third -> itself, outside;  outside -> second. */
    Object *outside = list_new(), *ints = dict_new(), *atom = guarded_int(PREV_COLLECTING);
    Object *first = list_new(), *second = list_new(), *third = list_new();
    Object *one = int_new(1);
    set(ints, "one", one);
    list_append(first, outside);
    list_append(first, ints);
    list_append(first, atom);
    list_append(first, second);
    list_append(second, first);
    list_append(third, third);
    list_append(third, outside);
    list_append(outside, second);
    decref(one);
    decref(ints);
    decref(first);
    decref(second);
    decref(third);
    GCHead young, unreachable;
    gc_list_init(&young);
    gc_list_move(as_gc(first), &young);
    gc_list_move(as_gc(second), &young);
    gc_list_move(as_gc(third), &young);
    GCHead tracked_before = *all_tracked(); /* merging first moves outside */
    GCHead outside_before = *as_gc(outside);
    split(&young, &unreachable);
    ck_assert_guard_untouched();
    ck_assert_msg(as_gc(outside)->next == outside_before.next &&
                  as_gc(outside)->prev == outside_before.prev,
                  "the GC head of a container of another list was changed");
    ck_assert_msg(as_gc(ints)->next == 0 && as_gc(ints)->prev == 0,
                  "the GC head of an untracked dict was changed");
    ck_assert(all_tracked()->next == tracked_before.next &&
              all_tracked()->prev == tracked_before.prev);
    ck_assert_in(&young, first);
    ck_assert_in(&young, second);
    ck_assert_in(&unreachable, third);
    ck_assert_uint_eq(gc_list_size(&unreachable), 1);
    ck_assert_int_eq(finish_collection(&young, &unreachable), 1);
    gc_list_merge(&young, all_tracked());
    ck_assert_refcnt(outside, 2); /* ours and first's */
    ck_assert_refcnt(atom, 2);
    decref(outside);
    ck_assert_int_eq(gc_collect(), 3); /* first, second, outside */
    ck_assert_refcnt(atom, 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(each_reachable_object_is_traversed_once_and_garbage_never)
{
    /* A diamond met bottom first: top1 -> bottom <- top2. */
    Object *bottom = link_new(NULL);
    Object *top1 = link_new(bottom), *top2 = link_new(bottom);
    decref(bottom);
    /* A link referred to by ten held links, met first. */
    Object *shared = link_new(NULL);
    Object *fans[10];
    for (int i = 0; i < 10; i++)
        fans[i] = link_new(shared);
    decref(shared);
    /* Five links held only by a held list. */
    Object *box = list_new();
    for (int i = 0; i < 5; i++) {
        Object *link = link_new(NULL);
        list_append(box, link);
        decref(link);
    }
    /* A chain in the worst order, and a garbage ring. */
    Object *first;
    Object *chain = backward_chain(50, &first);
    Object *ring_first;
    Object *ring = backward_chain(20, &ring_first);
    ((Link *)ring_first)->to = ring;
    GCHead unreachable;
    split(collected, &unreachable);
    size_t reachable_links = 3 + 11 + 5 + 50;
    ck_assert_msg(link_traversals == reachable_links,
                  "the links' traverse was called %zu times; expected %zu, "
                  "once per reachable link and never for a garbage one",
                  link_traversals, reachable_links);
    ck_assert_uint_eq(gc_list_size(&unreachable), 20);
    ck_assert_int_eq(finish_collection(collected, &unreachable), 20);
    decref(top1);
    decref(top2);
    for (int i = 0; i < 10; i++)
        decref(fans[i]);
    decref(box);
    decref(chain);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_finalized_flag_is_kept_on_both_sides)
{
    Object *held = list_new(), *garbage = list_new();
    Object *early = list_new(), *late = list_new();
    Object *plain_held = list_new(), *plain_garbage = list_new();
    list_append(held, held);
    list_append(garbage, garbage);
    list_append(plain_garbage, plain_garbage);
    list_append(late, early); /* early is met first, with gc_refs 0 */
    list_append(early, late);
    decref(garbage);
    decref(plain_garbage);
    decref(early);
    Object *finalized[] = {held, garbage, early};
    for (int i = 0; i < 3; i++)
        as_gc(finalized[i])->prev |= PREV_FINALIZED;
    GCHead unreachable;
    split(collected, &unreachable);
    ck_assert_in(collected, early);
    ck_assert_in(&unreachable, garbage);
    for (int i = 0; i < 3; i++)
        ck_assert_msg(as_gc(finalized[i])->prev & PREV_FINALIZED,
                      "object %d lost its FINALIZED flag", i);
    ck_assert_msg(!(as_gc(plain_held)->prev & PREV_FINALIZED) &&
                  !(as_gc(plain_garbage)->prev & PREV_FINALIZED),
                  "an object gained a FINALIZED flag");
    ck_assert_int_eq(finish_collection(collected, &unreachable), 2);
    ListType.clear(held);
    ListType.clear(late);
    decref(held);
    decref(late);
    decref(plain_held);
    ck_assert_nothing_alive();
}
END_TEST

/* A heap of GRAPH objects, lists and instances, with pseudo-random
 * references between them, built the same each time.  The first half refers
 * only to the first half, and we keep a reference to one in HELD_EVERY of
 * it; the second half refers to anything and to the second half, and is
 * held only by itself. */
enum { GRAPH = 400, HELD_EVERY = 17 };

static unsigned long lcg_state;

static size_t next_random(size_t bound)
{
    lcg_state = lcg_state * 6364136223846793005UL + 1442695040888963407UL;
    return (size_t)(lcg_state >> 33) % bound;
}

static void refer(Object *from, Object *to, size_t k)
{
    if (from->type == &ListType) {
        list_append(from, to);
    } else {
        char name[] = "a0";
        name[1] = (char)('0' + k);
        instance_setattr(from, name, to);
    }
}

static size_t build_graph(Object *cls, Object **held)
{
    Object *objects[GRAPH];
    lcg_state = 3;
    for (size_t i = 0; i < GRAPH; i++)
        objects[i] = i % 3 ? list_new() : instance_new(cls);
    for (size_t i = 0; i < GRAPH / 2; i++)
        for (size_t k = next_random(4); k > 0; k--)
            refer(objects[i], objects[next_random(GRAPH / 2)], k);
    for (size_t i = GRAPH / 2; i < GRAPH; i++) {
        refer(objects[i], objects[next_random(GRAPH)], 1);
        refer(objects[i], objects[GRAPH / 2 + next_random(GRAPH / 2)], 2);
    }
    size_t count = 0;
    for (size_t i = 0; i < GRAPH; i++) {
        if (i < GRAPH / 2 && i % HELD_EVERY == 0)
            held[count++] = objects[i];
        else
            decref(objects[i]);
    }
    return count;
}

static void release_graph(Object **held, size_t count)
{
    for (size_t i = 0; i < count; i++)
        decref(held[i]);
    gc_collect();
}

START_TEST(a_whole_collection_with_your_phase_frees_the_garbage)
{
    Object *Node = class_new("Node", NULL);
    Object *held[GRAPH];
    size_t count = build_graph(Node, held);
    long garbage = gc_collect(); /* the library's, on a first copy */
    ck_assert_int_gt(garbage, 20);
    ck_assert_int_lt(garbage, GRAPH / 2);
    release_graph(held, count);

    count = build_graph(Node, held);
    GCHead unreachable;
    split(collected, &unreachable);
    for (size_t i = 0; i < count; i++)
        ck_assert_msg(in_list(collected, held[i]), "a held object (a %s) is "
                      "not in collected", type_name(held[i]));
    ck_assert_int_eq(finish_collection(collected, &unreachable), garbage);
    release_graph(held, count);
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

enum { LONG_CHAIN = 300000 };

START_TEST(a_long_chain_in_the_worst_order_takes_one_pass)
{
    /* One pass per link would take some 45 billion steps: the time limit
     * stops it long before. */
    gc_disable(); /* no collection while the chain is built */
    Object *first;
    Object *head = backward_chain(LONG_CHAIN, &first);
    gc_enable();
    GCHead unreachable;
    split(collected, &unreachable);
    ck_assert_uint_eq(gc_list_size(&unreachable), 0);
    ck_assert_msg(link_traversals == LONG_CHAIN, "traverse was called %zu "
                  "times for %d reachable links", link_traversals,
                  LONG_CHAIN);
    ck_assert_int_eq(finish_collection(collected, &unreachable), 0);
    decref(head);
    ck_assert_nothing_alive();
}
END_TEST

#undef collected

Suite *suite(void)
{
    const Graded graded[] = {
        {garbage_is_moved_out_and_the_rest_stays, 2},
        {an_object_met_before_the_one_that_reaches_it_is_brought_back, 3},
        {a_chain_in_the_worst_order_is_all_brought_back, 2},
        {self_loops_and_cycles_reachable_or_not, 2},
        {objects_outside_the_set_are_left_alone, 2},
        {each_reachable_object_is_traversed_once_and_garbage_never, 3},
        {the_finalized_flag_is_kept_on_both_sides, 1},
        {a_whole_collection_with_your_phase_frees_the_garbage, 2},
        {a_long_chain_in_the_worst_order_takes_one_pass, 2},
    };
    return graded_suite("move_unreachable", graded, GRADED_COUNT(graded),
                        move_unreachable_is_defined);
}
