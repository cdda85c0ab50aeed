/* The cycle collector finds unreachable cycles and frees them (chapter 2). */
#include "harness.h"

/* Two instances of `cls` pointing at each other; the caller's references
 * are dropped, so only the cycle holds them. */
static void make_garbage_pair(Object *cls)
{
    Object *a = instance_new(cls), *b = instance_new(cls);
    instance_setattr(a, "next", b);
    instance_setattr(b, "next", a);
    decref(a);
    decref(b);
}

static size_t live_instances(Object *cls)
{
    return ((Class *)cls)->instance_type.account.live_objects;
}

START_TEST(the_seed_articles_cycle_is_freed_and_collect_returns_2)
{
    Object *Node = class_new("Node", NULL);
    make_garbage_pair(Node);
    ck_assert_uint_eq(live_instances(Node), 2);
    ck_assert_uint_eq(account_total().live_objects, 5);
    ck_assert_int_eq(gc_collect(), 2);
    ck_assert_uint_eq(account_total().live_objects, 3); /* class, name, key */
    ck_assert_int_eq(gc_collect(), 0);
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_list_that_holds_itself_is_one_unreachable_object)
{
    Object *l = list_new();
    list_append(l, l);
    decref(l);
    ck_assert_int_eq(gc_collect(), 1);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_cycle_held_from_outside_survives_intact)
{
    Object *a = list_new(), *b = list_new(), *c = list_new();
    list_append(a, b);
    list_append(b, c);
    list_append(c, a);
    decref(b);
    decref(c);
    ck_assert_int_eq(gc_collect(), 0);
    ck_assert_ptr_eq(list_getitem(list_getitem(list_getitem(a, 0), 0), 0), a);
    ck_assert_int_eq(a->refcnt, 2);
    ListType.clear(a);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(what_only_garbage_holds_is_freed_with_it)
{
    Object *l = list_new();
    Object *inner = list_new();
    Object *s = str_new("payload");
    list_append(inner, s);
    list_append(l, inner);
    list_append(l, l);
    decref(inner);
    decref(s);
    decref(l);
    ck_assert_int_eq(gc_collect(), 2); /* the two lists; the str dies by count */
    ck_assert_nothing_alive();
}
END_TEST

/* Where `early` is at each step of move_unreachable: on the unreachable
 * list ('u'), kept ('k'), or still to scan ('-'). */
#define STEPS_MAX 8
typedef struct Steps {
    Object *early;
    char seen[STEPS_MAX + 1];
    int count;
} Steps;

static bool on_list(GCHead *list, const Object *op)
{
    for (GCHead *g = gc_next(list); g != list; g = gc_next(g))
        if (from_gc(g) == op)
            return true;
    return false;
}

static void record_steps(GCPhase phase, GCHead *collected, GCHead *unreachable, void *arg)
{
    (void)collected;
    Steps *s = arg;
    if (phase != GC_PHASE_SCAN)
        return;
    ck_assert_int_lt(s->count, STEPS_MAX);
    s->seen[s->count++] = on_list(unreachable, s->early)       ? 'u'
                          : gc_is_collecting(as_gc(s->early)) ? '-'
                                                              : 'k';
}

START_TEST(an_object_moved_out_too_early_is_brought_back)
{
    /* early is scanned first, with gc_refs 0 (only late refers to it); late,
     * held from outside, is scanned after and must bring early back. */
    Object *early = list_new();
    Object *late = list_new();
    list_append(late, early);
    list_append(early, late);
    decref(early);
    Steps s = {.early = early};
    gc_set_trace(record_steps, &s);
    ck_assert_int_eq(gc_collect(), 0);
    gc_set_trace(NULL, NULL);
    /* The hook, before each object scanned, sees early still to scan, then
     * moved out (as late is scanned), then back at the end of the list. */
    ck_assert_str_eq(s.seen, "-u-");
    ck_assert_int_eq(early->refcnt, 1);
    ck_assert_ptr_eq(list_getitem(late, 0), early);
    ListType.clear(late);
    decref(late);
    ck_assert_nothing_alive();
}
END_TEST

/* The trace hook records gc_refs after subtract_refs, and tries to start a
 * second collection from inside the first. */
#define TRACED_MAX 8
typedef struct Traced {
    Object *objects[TRACED_MAX];
    long refs[TRACED_MAX];
    size_t count;
    long nested;
    int phases;
    int scans; /* GC_PHASE_SCAN: the steps of move_unreachable */
} Traced;

static void record(GCPhase phase, GCHead *collected, GCHead *unreachable, void *arg)
{
    (void)unreachable;
    Traced *t = arg;
    if (phase == GC_PHASE_SCAN) {
        t->scans++;
        return;
    }
    t->phases++;
    if (phase == GC_PHASE_START)
        t->nested = gc_collect();
    if (phase != GC_PHASE_SUBTRACT_REFS)
        return;
    for (GCHead *g = gc_next(collected); g != collected; g = gc_next(g)) {
        ck_assert_uint_lt(t->count, TRACED_MAX);
        t->objects[t->count] = from_gc(g);
        t->refs[t->count++] = gc_get_refs(g);
    }
}

static long refs_of(const Traced *t, Object *op)
{
    for (size_t i = 0; i < t->count; i++)
        if (t->objects[i] == op)
            return t->refs[i];
    ck_abort_msg("object not traced");
}

START_TEST(gc_refs_count_the_references_from_outside_the_collected_set)
{
    /* a -> b -> c -> a, held from outside by one reference to a; and d <-> e,
     * garbage. */
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
    Traced t = {0};
    gc_set_trace(record, &t);
    ck_assert_int_eq(gc_collect(), 2);
    gc_set_trace(NULL, NULL);
    ck_assert_int_eq(t.nested, 0); /* no collection inside a collection */
    ck_assert_int_eq(t.phases, 5);
    ck_assert_int_eq(t.scans, 5); /* a first: nothing is moved out and back */
    ck_assert_uint_eq(t.count, 5);
    ck_assert_int_eq(refs_of(&t, a), 1);
    ck_assert_int_eq(refs_of(&t, b), 0);
    ck_assert_int_eq(refs_of(&t, c), 0);
    ListType.clear(a);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(collection_runs_by_itself_past_the_threshold)
{
    Object *Node = class_new("Node", NULL);
    ck_assert(gc_isenabled());
    /*< 3
    ck_assert_int_eq(gc_get_threshold(), GC_DEFAULT_THRESHOLD);
    gc_set_threshold(10);
    */
    //> 3
    ck_assert_int_eq(gc_get_threshold(0), GC_DEFAULT_THRESHOLD);
    gc_set_threshold(0, 10);
    //< 3
    for (int i = 0; i < 100; i++)
        make_garbage_pair(Node);
    /* Collections ran as the pairs were made: few are left. */
    ck_assert_uint_le(live_instances(Node), 12);
    /*< 3
    ck_assert_int_le(gc_get_count(), 10);
    */
    //> 3
    ck_assert_int_le(gc_get_count(0), 10);
    //< 3
    gc_disable();
    ck_assert(!gc_isenabled());
    for (int i = 0; i < 100; i++)
        make_garbage_pair(Node);
    ck_assert_uint_ge(live_instances(Node), 200);
    gc_enable();
    /*< 3
    gc_set_threshold(0); /\* 0 turns automatic collection off, as in CPython *\/
    */
    //> 3
    gc_set_threshold(0, 0); /* 0 turns automatic collection off, as in CPython */
    //< 3
    for (int i = 0; i < 10; i++)
        make_garbage_pair(Node);
    ck_assert_uint_ge(live_instances(Node), 220);
    gc_collect();
    ck_assert_uint_eq(live_instances(Node), 0);
    /*< 3
    gc_set_threshold(GC_DEFAULT_THRESHOLD);
    */
    //> 3
    gc_set_threshold(0, GC_DEFAULT_THRESHOLD);
    //< 3
    decref(Node);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_count_is_container_allocations_minus_frees)
{
    gc_collect();
    /*< 3
    ck_assert_int_eq(gc_get_count(), 0);
    */
    //> 3
    ck_assert_int_eq(gc_get_count(0), 0);
    //< 3
    Object *l = list_new();
    Object *n = int_new(1); /* atoms do not count */
    Object *d = dict_new(); /* untracked dicts do */
    /*< 3
    ck_assert_int_eq(gc_get_count(), 2);
    */
    //> 3
    ck_assert_int_eq(gc_get_count(0), 2);
    //< 3
    decref(l);
    /*< 3
    ck_assert_int_eq(gc_get_count(), 1);
    */
    //> 3
    ck_assert_int_eq(gc_get_count(0), 1);
    //< 3
    decref(n);
    decref(d);
    /*< 3
    ck_assert_int_eq(gc_get_count(), 0);
    */
    //> 3
    ck_assert_int_eq(gc_get_count(0), 0);
    //< 3
    decref(int_new(2));
    /*< 3
    ck_assert_int_eq(gc_get_count(), 0);
    */
    //> 3
    ck_assert_int_eq(gc_get_count(0), 0);
    //< 3
    ck_assert_nothing_alive();
}
END_TEST

/* A type whose traverse visits a reference it does not own. */
typedef struct Liar {
    Object ob;
    Object *borrowed;
} Liar;

static int liar_traverse(Object *self, visitproc visit, void *arg)
{
    return visit(((Liar *)self)->borrowed, arg);
}

static Type LiarType = {
    .name = "liar",
    .basic_size = sizeof(Liar),
    .flags = TYPE_GC,
    .traverse = liar_traverse,
};

static void collect_with_two_lies(void)
{
    Object *l = list_new();
    for (int i = 0; i < 2; i++) {
        Object *liar = object_new(&LiarType, 0);
        ((Liar *)liar)->borrowed = l;
        gc_track(liar);
    }
    gc_collect();
}

START_TEST(a_traverse_that_visits_what_it_does_not_own_is_named)
{
    assert_misuse(collect_with_two_lies, "gc_refs below zero: a traverse visits "
                                         "a reference its object does not own: list object");
    ck_assert_nothing_alive();
}
END_TEST

/* A container that owns one reference and has no clear: the collector cannot
 * break a cycle by clearing it, only by clearing another member. */
typedef struct Keeper {
    Object ob;
    Object *kept;
} Keeper;

static int keeper_traverse(Object *self, visitproc visit, void *arg)
{
    return visit(((Keeper *)self)->kept, arg);
}

static void keeper_dealloc(Object *self)
{
    decref(((Keeper *)self)->kept);
}

static Type KeeperType = {
    .name = "keeper",
    .basic_size = sizeof(Keeper),
    .flags = TYPE_GC,
    .dealloc = keeper_dealloc,
    .traverse = keeper_traverse,
};

START_TEST(an_object_still_alive_after_clearing_survives_until_freed)
{
    Object *keeper = object_new(&KeeperType, 0);
    Object *l = list_new();
    ((Keeper *)keeper)->kept = newref(l);
    gc_track(keeper);
    list_append(l, keeper);
    decref(keeper);
    decref(l);
    /* Unreachable in the order [keeper, l].  The keeper has no clear, so it
     * goes back among the survivors; clearing l then frees both. */
    ck_assert_int_eq(gc_collect(), 2);
    ck_assert_nothing_alive();
}
END_TEST

/* A container of one slot, which its traverse visits even when empty:
 * the collector skips a NULL, as CPython's Py_VISIT does. */
typedef struct Slot {
    Object ob;
    Object *item; /* or NULL */
} Slot;

static int slot_traverse(Object *self, visitproc visit, void *arg)
{
    return visit(((Slot *)self)->item, arg);
}

static void slot_clear(Object *self)
{
    Object *item = ((Slot *)self)->item;
    ((Slot *)self)->item = NULL;
    xdecref(item);
}

static Type SlotType = {
    .name = "slot",
    .basic_size = sizeof(Slot),
    .flags = TYPE_GC,
    .dealloc = slot_clear,
    .traverse = slot_traverse,
    .clear = slot_clear,
};

static Object *slot_new(void)
{
    Object *op = object_new(&SlotType, 0);
    gc_track(op);
    return op;
}

START_TEST(a_null_visited_by_traverse_is_skipped)
{
    Object *empty = slot_new(), *cyclic = slot_new();
    ((Slot *)cyclic)->item = newref(cyclic);
    decref(cyclic);
    Object *referents = gc_get_referents(empty);
    ck_assert_uint_eq(list_size(referents), 0);
    decref(referents);
    ck_assert_int_eq(gc_collect(), 1); /* the cycle; the empty slot survives */
    ck_assert(gc_is_tracked(empty));
    decref(empty);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("collect");
    TCase *tc = tcase_create("collect");
    tcase_add_test(tc, the_seed_articles_cycle_is_freed_and_collect_returns_2);
    tcase_add_test(tc, a_list_that_holds_itself_is_one_unreachable_object);
    tcase_add_test(tc, a_cycle_held_from_outside_survives_intact);
    tcase_add_test(tc, what_only_garbage_holds_is_freed_with_it);
    tcase_add_test(tc, an_object_moved_out_too_early_is_brought_back);
    tcase_add_test(tc, gc_refs_count_the_references_from_outside_the_collected_set);
    tcase_add_test(tc, collection_runs_by_itself_past_the_threshold);
    tcase_add_test(tc, the_count_is_container_allocations_minus_frees);
    tcase_add_test(tc, a_traverse_that_visits_what_it_does_not_own_is_named);
    tcase_add_test(tc, an_object_still_alive_after_clearing_survives_until_freed);
    tcase_add_test(tc, a_null_visited_by_traverse_is_skipped);
    suite_add_tcase(s, tc);
    return s;
}
