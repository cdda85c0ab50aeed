/* Graded tests of the chapter 1 exercise pair
 * (exercises/01-reference-counting/pair.c). */
#include "graded.h"

STUDENT_WRITES Object *pair_new(Object *first, Object *second);
STUDENT_WRITES Object *pair_first(Object *pair);
STUDENT_WRITES Object *pair_second(Object *pair);
STUDENT_WRITES extern Type PairType;

static void pair_is_defined(void)
{
    ck_assert_defined(pair_new);
    ck_assert_defined(pair_first);
    ck_assert_defined(pair_second);
    ck_assert_defined(PairType);
}

/* pair_new, failing clearly rather than crashing on an unwritten one.  (No
 * ck_assert on success: each one records a checkpoint, too slow for a chain
 * of a million.) */
static Object *make_pair(Object *first, Object *second)
{
    Object *p = pair_new(first, second);
    if (p == NULL)
        ck_abort_msg("pair_new returned NULL");
    if (p->type != &PairType)
        ck_abort_msg("pair_new must make a PairType object");
    return p;
}

/* An object that records when it is freed, and what a pair it watches held
 * at that moment (its dealloc stands for code that a release can run). */
typedef struct Probe {
    Object ob;
    int id;
    Object *watched; /* a pair, borrowed; or NULL */
} Probe;

#define RELEASES_MAX 4
static struct {
    size_t count;
    int ids[RELEASES_MAX];
    bool pair_was_empty[RELEASES_MAX]; /* both of its references NULL */
} releases;

static void probe_dealloc(Object *self)
{
    Probe *probe = (Probe *)self;
    ck_assert_uint_lt(releases.count, RELEASES_MAX);
    releases.ids[releases.count] = probe->id;
    releases.pair_was_empty[releases.count] =
        probe->watched && pair_first(probe->watched) == NULL &&
        pair_second(probe->watched) == NULL;
    releases.count++;
}

static Type ProbeType = {
    .name = "probe",
    .basic_size = sizeof(Probe),
    .dealloc = probe_dealloc,
};

static Object *probe_new(int id)
{
    Object *op = object_new(&ProbeType, 0);
    ((Probe *)op)->id = id;
    return op;
}

/* A pair of two new probes, 1 and 2, that only the pair holds. */
static Object *pair_of_probes(void)
{
    Object *first = probe_new(1), *second = probe_new(2);
    Object *p = make_pair(first, second);
    decref(first);
    decref(second);
    releases.count = 0;
    return p;
}

START_TEST(pair_new_adds_a_reference_to_each_element)
{
    Object *a = int_new(1), *b = str_new("b");
    Object *p = make_pair(a, b);
    ck_assert_refcnt(p, 1);
    ck_assert_refcnt(a, 2);
    ck_assert_refcnt(b, 2);
    ck_assert_uint_eq(account_total().live_objects, 3);
    decref(p);
    ck_assert_refcnt(a, 1);
    ck_assert_refcnt(b, 1);
    decref(a);
    decref(b);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(first_and_second_are_borrowed_references)
{
    Object *a = int_new(1), *b = int_new(2);
    Object *p = make_pair(a, b);
    ck_assert_ptr_eq(pair_first(p), a);
    ck_assert_ptr_eq(pair_second(p), b);
    ck_assert_refcnt(a, 2); /* unchanged by the accessors */
    ck_assert_refcnt(b, 2);
    decref(a);
    decref(b);
    decref(p);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(the_pair_type_is_a_gc_container_sized_for_two_references)
{
    Object *a = int_new(1);
    Object *p = make_pair(a, a);
    ck_assert_str_eq(type_name(p), "pair");
    ck_assert_msg(PairType.flags == TYPE_GC,
                  "a pair can be part of a cycle: its type's flags are "
                  "TYPE_GC");
    ck_assert_uint_eq(PairType.item_size, 0);
    ck_assert_uint_ge(PairType.basic_size,
                      sizeof(Object) + 2 * sizeof(Object *));
    ck_assert_uint_eq(account_total().live_bytes,
                      object_size(p) + object_size(a));
    decref(a);
    decref(p);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_pair_may_hold_the_same_object_twice)
{
    Object *a = int_new(1);
    Object *p = make_pair(a, a);
    ck_assert_refcnt(a, 3);
    decref(p);
    ck_assert_refcnt(a, 1);
    decref(a);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(dealloc_releases_first_then_second)
{
    Object *p = pair_of_probes();
    decref(p);
    ck_assert_uint_eq(releases.count, 2);
    ck_assert_msg(releases.ids[0] == 1 && releases.ids[1] == 2,
                  "released %d then %d, expected first (1) then second (2)",
                  releases.ids[0], releases.ids[1]);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(traverse_visits_first_then_second)
{
    Object *a = int_new(1), *b = int_new(2);
    Object *p = make_pair(a, b);
    Referents r = referents_of(p);
    ck_assert_uint_eq(r.count, 2);
    ck_assert_ptr_eq(r.items[0], a);
    ck_assert_ptr_eq(r.items[1], b);
    decref(a);
    decref(b);
    decref(p);
    ck_assert_nothing_alive();
}
END_TEST

/* A visitor that returns results[i] on its i-th call, counting the calls. */
typedef struct Script {
    int results[2];
    int calls;
} Script;

static int scripted_visit(Object *referent, void *arg)
{
    Script *script = arg;
    (void)referent;
    ck_assert_int_lt(script->calls, 2);
    return script->results[script->calls++];
}

static void ck_assert_traverse(Object *p, int first_result, int second_result,
                               int returns, int calls)
{
    Script script = {{first_result, second_result}, 0};
    int result = PairType.traverse(p, scripted_visit, &script);
    ck_assert_msg(result == returns && script.calls == calls,
                  "visitor results %d, %d: traverse returned %d after %d "
                  "calls, expected %d after %d", first_result, second_result,
                  result, script.calls, returns, calls);
}

START_TEST(traverse_stops_at_a_nonzero_result_and_returns_it)
{
    Object *a = int_new(1);
    Object *p = make_pair(a, a);
    ck_assert_traverse(p, 7, 0, 7, 1);
    ck_assert_traverse(p, -1, 0, -1, 1);
    ck_assert_traverse(p, 0, 9, 9, 2);
    ck_assert_traverse(p, 0, 0, 0, 2);
    decref(a);
    decref(p);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(clear_detaches_both_before_releasing_either)
{
    Object *p = pair_of_probes();
    ((Probe *)pair_first(p))->watched = p;
    ((Probe *)pair_second(p))->watched = p;
    PairType.clear(p);
    ck_assert_uint_eq(releases.count, 2);
    ck_assert_msg(releases.ids[0] == 1 && releases.ids[1] == 2,
                  "released %d then %d, expected first (1) then second (2)",
                  releases.ids[0], releases.ids[1]);
    ck_assert_msg(releases.pair_was_empty[0] && releases.pair_was_empty[1],
                  "code run by a release saw the pair still holding a "
                  "reference: set both to NULL before releasing either");
    decref(p);
    ck_assert_uint_eq(releases.count, 2);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(clear_twice_then_dealloc_releases_each_reference_once)
{
    Object *a = int_new(1), *b = int_new(2);
    Object *p = make_pair(a, b);
    PairType.clear(p);
    ck_assert_ptr_null(pair_first(p));
    ck_assert_ptr_null(pair_second(p));
    ck_assert_refcnt(a, 1);
    ck_assert_refcnt(b, 1);
    PairType.clear(p);
    ck_assert_uint_eq(referents_of(p).count, 0); /* skips the NULLs */
    decref(p);
    ck_assert_refcnt(a, 1);
    ck_assert_refcnt(b, 1);
    decref(a);
    decref(b);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(clear_breaks_a_cycle_through_a_pair)
{
    /* l = [p] and p = (l, x): unreachable once we let go, yet alive. */
    Object *l = list_new(), *x = int_new(1);
    Object *p = make_pair(l, x);
    list_append(l, p);
    decref(p);
    decref(l);
    decref(x);
    ck_assert_uint_eq(account_total().live_objects, 3);
    PairType.clear(p); /* as the collector of chapter 2 will */
    ck_assert_nothing_alive();
}
END_TEST

enum { CHAIN_LENGTH = 1000000 };

START_TEST(a_chain_of_a_million_pairs_is_freed_by_one_decref)
{
    /* Each pair holds the next one, alternately as first and as second. */
    Object *x = int_new(0);
    Object *head = newref(x);
    for (int i = 0; i < CHAIN_LENGTH; i++) {
        Object *p = i % 2 ? make_pair(head, x) : make_pair(x, head);
        decref(head);
        head = p;
    }
    ck_assert_refcnt(x, CHAIN_LENGTH + 2);
    ck_assert_uint_eq(account_total().live_objects, CHAIN_LENGTH + 1);
    decref(head);
    ck_assert_refcnt(x, 1);
    decref(x);
    ck_assert_nothing_alive();
}
END_TEST

static void first_of_a_list(void)
{
    pair_first(list_new());
}

static void second_of_an_int(void)
{
    pair_second(int_new(2));
}

START_TEST(the_accessors_of_something_else_are_a_clear_error)
{
    assert_misuse(first_of_a_list, "expected a pair: list object");
    assert_misuse(second_of_an_int, "expected a pair: int object");
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {pair_new_adds_a_reference_to_each_element, 2},
        {first_and_second_are_borrowed_references, 1},
        {the_pair_type_is_a_gc_container_sized_for_two_references, 1},
        {a_pair_may_hold_the_same_object_twice, 1},
        {dealloc_releases_first_then_second, 2},
        {traverse_visits_first_then_second, 1},
        {traverse_stops_at_a_nonzero_result_and_returns_it, 2},
        {clear_detaches_both_before_releasing_either, 2},
        {clear_twice_then_dealloc_releases_each_reference_once, 2},
        {clear_breaks_a_cycle_through_a_pair, 1},
        {a_chain_of_a_million_pairs_is_freed_by_one_decref, 2},
        {the_accessors_of_something_else_are_a_clear_error, 1},
    };
    return graded_suite("pair", graded, GRADED_COUNT(graded),
                        pair_is_defined);
}
