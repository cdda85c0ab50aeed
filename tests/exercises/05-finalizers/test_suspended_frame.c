/* Graded tests of the chapter 5 exercise suspended_frame
 * (exercises/05-finalizers/suspended_frame.c).
 *
 * The tests fill frames with the file's given operations and remember,
 * on their own, what each frame owns; they then compare the student's
 * traverse with that record, and the collector's work on heaps of frames
 * and lists drawn at random with what a marking of the record from the
 * tests' roots says it must be.  A traverse that misses a reference keeps
 * a cycle alive; one that visits a stale entry takes a live object for
 * garbage: either way the counts differ. */
#include "graded.h"

#include "random_inputs.h"

STUDENT_WRITES Object *suspended_frame_new(size_t nlocals, size_t stacksize);
STUDENT_WRITES void frame_set_local(Object *frame, size_t i, Object *value);
STUDENT_WRITES void frame_push(Object *frame, Object *value);
STUDENT_WRITES Object *frame_pop(Object *frame);
STUDENT_WRITES void frame_set_pending(Object *frame, Object *exception);
STUDENT_WRITES Object *frame_local(Object *frame, size_t i);
STUDENT_WRITES Object *frame_pending(Object *frame);
STUDENT_WRITES size_t frame_stack_depth(Object *frame);
STUDENT_WRITES extern Type SuspendedFrameType;

static void suspended_frame_is_defined(void)
{
    ck_assert_defined(suspended_frame_new);
    ck_assert_defined(frame_set_local);
    ck_assert_defined(frame_push);
    ck_assert_defined(frame_pop);
    ck_assert_defined(frame_set_pending);
    ck_assert_defined(frame_local);
    ck_assert_defined(frame_pending);
    ck_assert_defined(frame_stack_depth);
    ck_assert_defined(SuspendedFrameType);
}

/* What the tests draw: frames of up to LOCALS_MAX locals and STACK_MAX
 * stack entries, heaps of up to NODES_MAX objects. */
enum { LOCALS_MAX = 5, STACK_MAX = 5, NODES_MAX = 40, DRAWS = 200 };
enum { SLOTS_MAX = LOCALS_MAX + STACK_MAX + 1 };

/* The kinds of slot a frame has, for the messages. */
typedef enum Slot { SLOT_LOCAL, SLOT_STACK, SLOT_PENDING, SLOT_STALE } Slot;
static const char *const SLOT_NAMES[] = {
    [SLOT_LOCAL] = "a bound local",
    [SLOT_STACK] = "an entry of the stack below stacktop",
    [SLOT_PENDING] = "the pending exception",
    [SLOT_STALE] = "a stale entry, at or above stacktop (the frame does not own it)",
};

/* A visitor that records what it is given. */
typedef struct Visited {
    size_t count;
    Object *items[SLOTS_MAX];
} Visited;

static int record_visit(Object *referent, void *arg)
{
    Visited *visited = arg;
    ck_assert_msg(visited->count < SLOTS_MAX, "traverse visited more than "
                  "the %d entries a frame of the tests can have", SLOTS_MAX);
    visited->items[visited->count++] = referent;
    return 0;
}

/* One frame drawn at random: each slot holds an object of its own (a
 * list, or an int for a local), and `objects`/`slots` say which is where,
 * stale entries included.  The caller owns every object once more. */
typedef struct Drawn {
    Object *frame;
    size_t count;
    Object *objects[SLOTS_MAX];
    Slot slots[SLOTS_MAX];
} Drawn;

static void drawn_add(Drawn *d, Object *op, Slot slot)
{
    d->objects[d->count] = op;
    d->slots[d->count++] = slot;
}

static Drawn draw_frame(void)
{
    Drawn d = {.count = 0};
    size_t nlocals = (size_t)random_between(0, LOCALS_MAX);
    size_t pushes = (size_t)random_between(0, STACK_MAX);
    d.frame = suspended_frame_new(nlocals, STACK_MAX);
    for (size_t i = 0; i < nlocals; i++) {
        if (random_between(0, 2) == 0)
            continue; /* unbound */
        Object *op = random_between(0, 1) ? list_new() : int_new((long)i);
        frame_set_local(d.frame, i, op);
        drawn_add(&d, op, SLOT_LOCAL);
    }
    for (size_t i = 0; i < pushes; i++) {
        Object *op = list_new();
        frame_push(d.frame, op);
        drawn_add(&d, op, SLOT_STACK);
    }
    for (size_t i = (size_t)random_between(0, (long)pushes); i > 0; i--) {
        decref(frame_pop(d.frame)); /* the last pushed is stale now */
        for (size_t k = d.count; k-- > 0;) {
            if (d.slots[k] == SLOT_STACK) {
                d.slots[k] = SLOT_STALE;
                break;
            }
        }
    }
    if (random_between(0, 1)) {
        Object *op = list_new();
        frame_set_pending(d.frame, op);
        drawn_add(&d, op, SLOT_PENDING);
    }
    return d;
}

static void drawn_release(Drawn *d)
{
    decref(d->frame);
    for (size_t i = 0; i < d->count; i++)
        decref(d->objects[i]);
}

static size_t times_visited(const Visited *visited, const Object *op)
{
    size_t n = 0;
    for (size_t i = 0; i < visited->count; i++)
        n += visited->items[i] == op;
    return n;
}

START_TEST(traverse_visits_exactly_what_the_frame_owns)
{
    for (int draw = 0; draw < DRAWS; draw++) {
        Drawn d = draw_frame();
        Visited visited = {.count = 0};
        int returned = SuspendedFrameType.traverse(d.frame, record_visit, &visited);
        ck_assert_msg(returned == 0, "every visit returned 0, traverse %d",
                      returned);
        size_t owned = 0;
        for (size_t i = 0; i < d.count; i++) {
            size_t expected = d.slots[i] != SLOT_STALE;
            owned += expected;
            ck_assert_msg(times_visited(&visited, d.objects[i]) == expected,
                          "traverse visited %s %zu times, expected %zu (%s)",
                          SLOT_NAMES[d.slots[i]],
                          times_visited(&visited, d.objects[i]), expected,
                          replay());
        }
        ck_assert_msg(visited.count == owned, "traverse visited %zu "
                      "references, the frame owns %zu (%s)", visited.count,
                      owned, replay());
        drawn_release(&d);
    }
    ck_assert_nothing_alive();
}
END_TEST

/* A visitor that returns `result` at its call number `stop_at`. */
typedef struct Stopper {
    int calls, stop_at, result;
} Stopper;

static int stopping_visit(Object *referent, void *arg)
{
    (void)referent;
    Stopper *stopper = arg;
    return ++stopper->calls == stopper->stop_at ? stopper->result : 0;
}

START_TEST(traverse_returns_the_first_nonzero_visit)
{
    Object *a = list_new(), *b = list_new(), *c = list_new();
    Object *frame = suspended_frame_new(2, 1);
    frame_set_local(frame, 1, a);
    frame_push(frame, b);
    frame_set_pending(frame, c);
    for (int stop_at = 1; stop_at <= 3; stop_at++) {
        int result = (int)random_between(1, 99) * (random_between(0, 1) ? 1 : -1);
        Stopper stopper = {0, stop_at, result};
        int returned = SuspendedFrameType.traverse(frame, stopping_visit, &stopper);
        ck_assert_msg(returned == result, "visit call %d returned %d, "
                      "traverse returned %d", stop_at, result, returned);
        ck_assert_msg(stopper.calls == stop_at, "traverse went on visiting "
                      "after visit returned %d", result);
    }
    Object *objects[] = {frame, a, b, c};
    for (size_t i = 0; i < 4; i++)
        decref(objects[i]);
    ck_assert_nothing_alive();
}
END_TEST

/* A frame and a list that hold each other, the frame's reference in the
 * slot of kind `slot`. */
static void make_cycle(Slot slot)
{
    Object *frame = suspended_frame_new(1, 1), *list = list_new();
    list_append(list, frame);
    if (slot == SLOT_LOCAL)
        frame_set_local(frame, 0, list);
    else if (slot == SLOT_STACK)
        frame_push(frame, list);
    else
        frame_set_pending(frame, list);
    decref(frame);
    decref(list);
}

START_TEST(a_cycle_through_any_slot_is_collected)
{
    const Slot slots[] = {SLOT_LOCAL, SLOT_STACK, SLOT_PENDING};
    for (size_t i = 0; i < 3; i++) {
        make_cycle(slots[i]);
        long collected = gc_collect();
        ck_assert_msg(collected == 2, "a frame and a list in a cycle through "
                      "%s: gc_collect() returned %ld, expected 2",
                      SLOT_NAMES[slots[i]], collected);
        ck_assert_nothing_alive();
    }
}
END_TEST

START_TEST(an_object_a_stale_entry_points_at_is_left_alone)
{
    Object *kept = list_new(), *item = list_new();
    list_append(kept, item);
    decref(item);
    Object *frame = suspended_frame_new(1, 1);
    frame_set_local(frame, 0, frame); /* garbage once dropped */
    frame_push(frame, kept);
    decref(frame_pop(frame)); /* the test holds kept's only reference */
    decref(frame);
    long collected = gc_collect();
    ck_assert_msg(collected == 1, "gc_collect() returned %ld, expected 1: "
                  "the frame; the list its stale entry points at is the "
                  "program's, not garbage", collected);
    ck_assert_msg(list_size(kept) == 1 && list_getitem(kept, 0) == item,
                  "the collector cleared a list the program holds: "
                  "traverse visited a stale entry");
    ck_assert_refcnt(kept, 1);
    decref(kept);
    ck_assert_nothing_alive();
}
END_TEST

/* A heap drawn at random: frames and lists holding each other, and the
 * tests' record of every reference between them. */
typedef struct Heap {
    size_t n;
    Object *nodes[NODES_MAX];
    bool is_root[NODES_MAX];
    /* owns[i][j]: the references node i owns to node j */
    unsigned owns[NODES_MAX][NODES_MAX];
    bool reached[NODES_MAX];
} Heap;

/* Any node but node 0, which nothing else holds: it is garbage for sure. */
static size_t any_node(const Heap *h)
{
    return (size_t)random_between(1, (long)h->n - 1);
}

static void fill_frame(Heap *h, size_t i)
{
    Object *frame = h->nodes[i];
    for (size_t k = 0; k < LOCALS_MAX; k++) {
        if (random_between(0, 2) == 0)
            continue; /* unbound */
        size_t j = any_node(h);
        frame_set_local(frame, k, h->nodes[j]);
        h->owns[i][j]++;
    }
    size_t pushed[STACK_MAX], depth = 0;
    for (long k = random_between(0, STACK_MAX); k > 0; k--) {
        pushed[depth] = any_node(h);
        frame_push(frame, h->nodes[pushed[depth]]);
        h->owns[i][pushed[depth++]]++;
    }
    for (long k = random_between(0, (long)depth); k > 0; k--) {
        decref(frame_pop(frame)); /* stale: the test still holds the node */
        h->owns[i][pushed[--depth]]--;
    }
    if (random_between(0, 3) == 0) {
        size_t j = any_node(h);
        frame_set_pending(frame, h->nodes[j]);
        h->owns[i][j]++;
    }
}

static void fill_list(Heap *h, size_t i)
{
    for (long k = random_between(0, 3); k > 0; k--) {
        size_t j = any_node(h);
        list_append(h->nodes[i], h->nodes[j]);
        h->owns[i][j]++;
    }
}

/* Node 0 is a list that holds itself; the others are frames or lists,
 * filled at random; a third of them are roots, which the test holds. */
static void draw_heap(Heap *h)
{
    memset(h, 0, sizeof *h);
    h->n = (size_t)random_between(2, NODES_MAX);
    h->nodes[0] = list_new();
    for (size_t i = 1; i < h->n; i++)
        h->nodes[i] = random_between(0, 2) ? suspended_frame_new(LOCALS_MAX, STACK_MAX)
                                           : list_new();
    list_append(h->nodes[0], h->nodes[0]);
    h->owns[0][0]++;
    for (size_t i = 0; i < h->n; i++) {
        if (h->nodes[i]->type == &SuspendedFrameType)
            fill_frame(h, i);
        else
            fill_list(h, i);
    }
    for (size_t i = 1; i < h->n; i++)
        h->is_root[i] = random_between(0, 2) == 0;
}

/* The nodes that the roots reach, marked from the tests' record. */
static size_t mark_from_roots(Heap *h)
{
    size_t stack[NODES_MAX], depth = 0, marked = 0;
    for (size_t i = 0; i < h->n; i++) {
        if (h->is_root[i]) {
            h->reached[i] = true;
            stack[depth++] = i;
        }
    }
    while (depth > 0) {
        size_t i = stack[--depth];
        marked++;
        for (size_t j = 0; j < h->n; j++) {
            if (h->owns[i][j] && !h->reached[j]) {
                h->reached[j] = true;
                stack[depth++] = j;
            }
        }
    }
    return marked;
}

/* Of the nodes the roots do not reach, those that reference counting
 * frees once the test lets go of them: nothing holds them, or only nodes
 * it frees.  The collector finds the rest, and counts them. */
static size_t freed_by_counting(const Heap *h)
{
    long count[NODES_MAX] = {0};
    bool freed[NODES_MAX] = {false};
    for (size_t i = 0; i < h->n; i++)
        for (size_t j = 0; j < h->n; j++)
            count[j] += h->owns[i][j];
    size_t n = 0;
    for (bool again = true; again;) {
        again = false;
        for (size_t i = 0; i < h->n; i++) {
            if (freed[i] || h->reached[i] || count[i] > 0)
                continue;
            freed[i] = again = true;
            n++;
            for (size_t j = 0; j < h->n; j++)
                count[j] -= h->owns[i][j];
        }
    }
    return n;
}

START_TEST(random_heaps_of_frames_and_lists_are_collected_exactly)
{
    static Heap h;
    for (int draw = 0; draw < DRAWS / 4; draw++) {
        draw_heap(&h);
        size_t reached = mark_from_roots(&h);
        size_t garbage = h.n - reached - freed_by_counting(&h);
        for (size_t i = 0; i < h.n; i++)
            if (!h.is_root[i])
                decref(h.nodes[i]);
        long collected = gc_collect();
        ck_assert_msg(collected == (long)garbage, "a heap of %zu frames "
                      "and lists, %zu of them reachable: gc_collect() "
                      "returned %ld, expected %zu (%s)", h.n, reached,
                      collected, garbage, replay());
        for (size_t j = 0; j < h.n; j++) {
            if (!h.reached[j])
                continue;
            long expected = h.is_root[j];
            for (size_t i = 0; i < h.n; i++)
                expected += h.reached[i] ? (long)h.owns[i][j] : 0;
            ck_assert_msg(h.nodes[j]->refcnt == expected, "a reachable %s "
                          "has a count of %ld after the collection, expected "
                          "%ld: the collector cleared what it should not have "
                          "(%s)", type_name(h.nodes[j]), (long)h.nodes[j]->refcnt,
                          expected, replay());
        }
        for (size_t i = 0; i < h.n; i++)
            if (h.is_root[i])
                decref(h.nodes[i]);
        gc_collect();
        ck_assert_nothing_alive();
    }
}
END_TEST

START_TEST(clear_releases_every_reference_once)
{
    Drawn d = draw_frame();
    size_t depth = frame_stack_depth(d.frame);
    SuspendedFrameType.clear(d.frame);
    for (size_t i = 0; i < d.count; i++)
        ck_assert_msg(d.objects[i]->refcnt == 1, "after clear, %s has a "
                      "count of %ld, expected 1 (the test's)",
                      SLOT_NAMES[d.slots[i]], (long)d.objects[i]->refcnt);
    for (size_t i = 0; i < LOCALS_MAX; i++)
        ck_assert_msg(frame_local(d.frame, i) == NULL, "after clear, local "
                      "%zu is still bound", i);
    ck_assert_msg(frame_stack_depth(d.frame) == 0, "after clear, the stack "
                  "holds %zu entries (it held %zu)",
                  frame_stack_depth(d.frame), depth);
    ck_assert_msg(frame_pending(d.frame) == NULL, "after clear, the frame "
                  "still has a pending exception");
    SuspendedFrameType.clear(d.frame); /* again: nothing left to release */
    for (size_t i = 0; i < d.count; i++)
        ck_assert_refcnt(d.objects[i], 1);
    Object *again = list_new(); /* the frame is still valid */
    frame_push(d.frame, again);
    ck_assert_refcnt(again, 2);
    decref(again);
    drawn_release(&d); /* the frame's death releases `again` */
    ck_assert_nothing_alive();
}
END_TEST

/* A probe dies with the frame's last reference to it, and looks at the
 * frame as it dies: every object traverse shows must still be alive. */
static struct {
    Object *frame;
    int freed;
    int dead_visits;
} probes;

static int visit_only_the_living(Object *referent, void *arg)
{
    (void)arg;
    probes.dead_visits += referent->refcnt <= 0;
    return 0;
}

static void probe_dealloc(Object *self)
{
    (void)self;
    probes.freed++;
    SuspendedFrameType.traverse(probes.frame, visit_only_the_living, NULL);
}

static Type ProbeType = {
    .name = "probe",
    .basic_size = sizeof(Object),
    .dealloc = probe_dealloc,
};

START_TEST(clear_detaches_each_reference_before_releasing_it)
{
    enum { PROBES = 4 };
    Object *frame = probes.frame = suspended_frame_new(2, 2);
    Object *p[PROBES];
    for (size_t i = 0; i < PROBES; i++)
        p[i] = object_new(&ProbeType, 0);
    frame_set_local(frame, 0, p[0]);
    frame_set_local(frame, 1, p[1]);
    frame_push(frame, p[2]);
    frame_set_pending(frame, p[3]);
    for (size_t i = 0; i < PROBES; i++)
        decref(p[i]); /* the frame holds their only references */
    probes.freed = probes.dead_visits = 0;
    SuspendedFrameType.clear(frame);
    ck_assert_msg(probes.freed == PROBES, "clear freed %d of the %d objects "
                  "only the frame held", probes.freed, PROBES);
    ck_assert_msg(probes.dead_visits == 0, "while clear released them, the "
                  "frame still showed objects being freed (%d visits): "
                  "detach each reference before releasing it",
                  probes.dead_visits);
    decref(frame);
    ck_assert_nothing_alive();
}
END_TEST

START_TEST(a_chain_of_frames_dies_by_reference_counting)
{
    enum { CHAIN = 10000 };
    Object *head = suspended_frame_new(1, 1);
    frame_set_pending(head, int_new(0));
    decref(frame_pending(head)); /* the frame holds the int's only reference */
    for (int i = 1; i < CHAIN; i++) {
        Object *next = suspended_frame_new(1, 1);
        if (i % 2)
            frame_push(next, head);
        else
            frame_set_local(next, 0, head);
        decref(head);
        head = next;
    }
    decref(head);
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {traverse_visits_exactly_what_the_frame_owns, 2},
        {traverse_returns_the_first_nonzero_visit, 1},
        {a_cycle_through_any_slot_is_collected, 1},
        {an_object_a_stale_entry_points_at_is_left_alone, 1},
        {random_heaps_of_frames_and_lists_are_collected_exactly, 2},
        {clear_releases_every_reference_once, 1},
        {clear_detaches_each_reference_before_releasing_it, 1},
        {a_chain_of_frames_dies_by_reference_counting, 1},
    };
    return graded_suite("suspended_frame", graded, GRADED_COUNT(graded),
                        suspended_frame_is_defined);
}
