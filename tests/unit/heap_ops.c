/* heap_ops.c: the heap operations, and the oracle's independent check
 * (chapter 2). */
#include "heap_ops.h"

#include <stdlib.h>
#include <string.h>
//> 5 include_gc_state
#include "gc_state.h"
//< 5 include_gc_state

static const char *const attribute_names[] = {"x", "y", "z"};
#define ATTRIBUTES (sizeof attribute_names / sizeof *attribute_names)
#define DICT_KEYS 4

//> 5 oracle_finalizers
/* Class B's finalizer.  It notes on its object that it ran, so that a
 * second run on the same object is caught, and resurrects one object in
 * RESURRECT_EVERY into the lifeboat, a root of the program that OP_DROP of
 * an empty variable pops again (chapter 5).  One call in COLLECT_EVERY
 * starts a full collection: it does nothing inside a collection, and
 * collects in the middle of an operation when the finalizer runs on a
 * death by reference counting. */
#define RESURRECT_EVERY 3
#define COLLECT_EVERY 5
#define LIFEBOAT_MAX 8
static Object *lifeboat;
/* How many attributes each object of the lifeboat had when it came aboard:
 * a collection must leave a resurrected object whole. */
static size_t lifeboat_attributes[LIFEBOAT_MAX];

static size_t attribute_count(const Object *inst)
{
    size_t count = 0, pos = 0;
    Object *name, *value;
    while (instance_next_attr(inst, &pos, &name, &value))
        count++;
    return count;
}
static long finalizer_calls;
static bool finalized_twice;
/* Before a collection: how many finalizers a full one must run. */
static long calls_before, expected_calls;

static void finalize_b(Object *self)
{
    if (instance_getattr(self, "finalized"))
        finalized_twice = true;
    instance_setattr(self, "finalized", instance_class(self));
    /* No lifeboat once the program is over (heap_fini). */
    if (finalizer_calls++ % RESURRECT_EVERY == 0 && lifeboat && list_size(lifeboat) < LIFEBOAT_MAX) {
        lifeboat_attributes[list_size(lifeboat)] = attribute_count(self);
        list_append(lifeboat, self);
    }
    if (finalizer_calls % COLLECT_EVERY == 0)
        gc_collect();
}

static bool lifeboat_is_whole(void)
{
    for (size_t i = 0; i < list_size(lifeboat); i++)
        if (attribute_count(list_getitem(lifeboat, i)) != lifeboat_attributes[i])
            return false;
    return true;
}

static void pop_lifeboat(void)
{
    size_t n = list_size(lifeboat);
    if (n == 0)
        return;
    memmove(lifeboat_attributes, lifeboat_attributes + 1, (n - 1) * sizeof *lifeboat_attributes);
    decref(list_pop(lifeboat, 0));
}
//< 5 oracle_finalizers

void heap_init(Heap *heap)
{
    memset(heap, 0, sizeof *heap);
    heap->classes[0] = class_new("A", NULL);
/*< 5 class_b
    heap->classes[1] = class_new("B", NULL);
*/
//> 5 class_b
    heap->classes[1] = class_new("B", finalize_b);
    lifeboat = list_new();
    finalized_twice = false;
    calls_before = finalizer_calls;
    expected_calls = 0;
//< 5 class_b
}

static void set_slot(Heap *heap, uint8_t slot, Object *op)
{
    Object *old = heap->slots[slot];
    heap->slots[slot] = op;
    xdecref(old);
}

static void link(Object *from, Object *to, uint8_t c)
{
    if (from->type == &ListType) {
        list_append(from, to);
    } else if (from->type == &DictType) {
        Object *key = int_new(c % DICT_KEYS);
        dict_setitem(from, key, to);
        decref(key);
    } else if (is_instance(from)) {
        instance_setattr(from, attribute_names[c % ATTRIBUTES], to);
    }
}

static void unlink_one(Object *from, uint8_t c)
{
    if (from->type == &ListType && list_size(from) > 0) {
        decref(list_pop(from, list_size(from) - 1));
    } else if (from->type == &DictType) {
        Object *key = int_new(c % DICT_KEYS);
        dict_delitem(from, key);
        decref(key);
    } else if (is_instance(from)) {
        instance_delattr(from, attribute_names[c % ATTRIBUTES]);
    }
}

//> 4 oracle_weakrefs
/* The weak references whose callbacks ran since the last collection began:
 * a callback records its weak reference and does nothing else, so that
 * the heap is the program's alone. */
static Object **fired;
static size_t fired_count, fired_capacity;

static void record_callback(Object *data, Object *wr)
{
    (void)data; /* held only to let weak references take part in cycles */
    if (fired_count == fired_capacity) {
        fired_capacity = fired_capacity ? 2 * fired_capacity : 16;
        fired = realloc(fired, fired_capacity * sizeof *fired);
        if (fired == NULL)
            fatal_out_of_memory("recording callbacks");
    }
    fired[fired_count++] = wr;
}

static void new_weakref(Heap *heap, uint8_t a, Object *referent, uint8_t c)
{
    if (referent == NULL || !is_weakrefable(referent))
        return;
    Object *data = heap->slots[c % HEAP_SLOTS];
    Object *callback = c % 2 ? callback_new(record_callback, data) : NULL;
    set_slot(heap, a, weakref_new(referent, callback));
    xdecref(callback);
}
//< 4 oracle_weakrefs

void heap_apply(Heap *heap, HeapOp op)
{
    uint8_t a = op.a % HEAP_SLOTS, b = op.b % HEAP_SLOTS;
    Object *from = heap->slots[a], *to = heap->slots[b];
    switch ((OpKind)(op.kind % OP_KINDS)) {
    case OP_NEW_LIST: set_slot(heap, a, list_new()); break;
    case OP_NEW_DICT: set_slot(heap, a, dict_new()); break;
    case OP_NEW_INSTANCE:
        set_slot(heap, a, instance_new(heap->classes[op.b % HEAP_CLASSES]));
        break;
    case OP_NEW_ATOM:
        set_slot(heap, a, op.b % 2 ? str_new("atom") : int_new(op.c));
        break;
    case OP_LINK:
        if (from && to)
            link(from, to, op.c);
        break;
    case OP_UNLINK:
        if (from)
            unlink_one(from, op.c);
        break;
/*< 5 op_drop
    case OP_DROP: set_slot(heap, a, NULL); break;
*/
//> 5 op_drop
    case OP_DROP:
        if (heap->slots[a] == NULL)
            pop_lifeboat();
        set_slot(heap, a, NULL);
        break;
//< 5 op_drop
    case OP_COPY: set_slot(heap, b, from ? newref(from) : NULL); break;
/*< 3 op_collect
    case OP_COLLECT: gc_collect(); break;
*/
//> 3 op_collect
    case OP_COLLECT:
        heap->collected = op.c % NUM_GENERATIONS;
//> 4 expect_before_collecting
        heap_expect(heap);
//< 4 expect_before_collecting
        gc_collect_generation(heap->collected);
        break;
//< 3 op_collect
//> 4 op_new_weakref
    case OP_NEW_WEAKREF: new_weakref(heap, a, to, op.c); break;
//< 4 op_new_weakref
    case OP_KINDS: break;
    }
}

/* A set of objects: open addressing on the pointer. */
typedef struct Marked {
    const Object **items;
    size_t capacity, count;
} Marked;

static bool mark(Marked *m, const Object *op)
{
    size_t i = ((uintptr_t)op >> 4) & (m->capacity - 1);
    for (; m->items[i]; i = (i + 1) & (m->capacity - 1))
        if (m->items[i] == op)
            return false;
    m->items[i] = op;
    m->count++;
    return true;
}

static bool is_marked(const Marked *m, const Object *op)
{
    size_t i = ((uintptr_t)op >> 4) & (m->capacity - 1);
    for (; m->items[i]; i = (i + 1) & (m->capacity - 1))
        if (m->items[i] == op)
            return true;
    return false;
}

typedef struct Stack {
    Object **items;
    size_t count, capacity;
} Stack;

static int push(Object *op, void *arg)
{
    Stack *stack = arg;
    if (stack->count == stack->capacity) {
        stack->capacity = stack->capacity ? 2 * stack->capacity : 64;
        stack->items = realloc(stack->items, stack->capacity * sizeof *stack->items);
        if (stack->items == NULL)
            fatal_out_of_memory("marking");
    }
    stack->items[stack->count++] = op;
    return 0;
}

/* Mark everything reachable from `roots` by plain depth-first search;
 * false if a reachable object has been freed. */
static bool mark_from(Marked *m, Object *const *roots, size_t n, Stack *stack)
{
    bool all_alive = true;
    for (size_t i = 0; i < n; i++)
        if (roots[i])
            push(roots[i], stack);
    while (stack->count > 0) {
        Object *op = stack->items[--stack->count];
        if (op->refcnt <= 0)
            all_alive = false; /* freed: do not follow what it held */
        else if (mark(m, op) && op->type->traverse)
            op->type->traverse(op, push, stack);
    }
    return all_alive;
}

/* The atoms a class holds without visiting them: its name and its names. */
static size_t unvisited_atoms(Object *const *classes)
{
    size_t n = 0;
    for (size_t i = 0; i < HEAP_CLASSES; i++)
        n += 1 + ((Class *)classes[i])->names.count;
    return n;
}

/* Everything the variables and classes reach; *all_alive is false if one
 * of those objects has been freed.  The caller frees m.items. */
static Marked mark_reachable(const Heap *heap, bool *all_alive)
{
    size_t live = account_total().live_objects;
    size_t capacity = 16;
    while (capacity < 4 * live)
        capacity *= 2;
    Marked m = {calloc(capacity, sizeof *m.items), capacity, 0};
    if (m.items == NULL)
        fatal_out_of_memory("marking");
    Stack stack = {0};
    *all_alive = mark_from(&m, heap->slots, HEAP_SLOTS, &stack);
    *all_alive &= mark_from(&m, heap->classes, HEAP_CLASSES, &stack);
//> 5 lifeboat_is_a_root
    *all_alive &= mark_from(&m, &lifeboat, 1, &stack);
//< 5 lifeboat_is_a_root
    free(stack.items);
    return m;
}

//> 4 weak_expectations
/* A weak reference the variables reach, before a collection: its
 * referent, whether the variables reach that too, and whether it has a
 * callback. */
typedef struct WeakExpectation {
    Object *wr;
    Object *referent;
    bool referent_reachable;
    bool has_callback;
} WeakExpectation;

void heap_expect(Heap *heap)
{
    bool all_alive;
    Marked m = mark_reachable(heap, &all_alive);
    free(heap->expected);
    heap->expected = calloc(m.count + 1, sizeof *heap->expected);
    if (heap->expected == NULL)
        fatal_out_of_memory("expecting");
    heap->expected_count = 0;
    for (size_t i = 0; i < m.capacity; i++) {
        Object *wr = (Object *)m.items[i];
        if (wr == NULL || !is_weakref(wr))
            continue;
        Object *referent = ((WeakRef *)wr)->referent;
        heap->expected[heap->expected_count++] = (WeakExpectation){
            wr, referent, referent && is_marked(&m, referent), weakref_callback(wr) != NULL};
    }
//> 5 expect_finalizers
    /* A full collection finalizes every unreachable object that has a
     * finalizer not yet run: the tracked ones the variables do not reach. */
    calls_before = finalizer_calls;
    expected_calls = 0;
    for (int i = 0; i < NUM_GENERATIONS; i++)
        for (GCHead *g = gc_next(GEN_HEAD(i)); g != GEN_HEAD(i); g = gc_next(g))
            expected_calls += needs_finalizing(from_gc(g)) && !is_marked(&m, from_gc(g));
//< 5 expect_finalizers
    free(m.items);
    fired_count = 0;
}

static size_t times_fired(const Object *wr)
{
    size_t n = 0;
    for (size_t i = 0; i < fired_count; i++)
        n += fired[i] == wr;
    return n;
}

/* After a full collection, a reachable weak reference answers None exactly
 * when its referent died, and its callback ran once exactly then.  After a
 * younger one, garbage may wait in an older generation: a weak reference
 * may still answer, but a callback may run only for a referent that died. */
static const char *check_weakrefs(const Heap *heap, bool exact)
{
    size_t expected_calls = 0;
    for (size_t i = 0; i < heap->expected_count; i++) {
        const WeakExpectation *e = &heap->expected[i];
        Object *now = ((WeakRef *)e->wr)->referent;
        bool died = e->referent && !e->referent_reachable && (exact || now == NULL);
        if (now != NULL && now != e->referent)
            return "a weak reference points at another object than it did";
        if (exact && (now == NULL) != (e->referent == NULL || died))
            return "a weak reference does not answer None exactly when its referent is dead";
        size_t calls = times_fired(e->wr);
        if (calls != (size_t)(died && e->has_callback))
            return calls > 1 ? "a callback ran more than once"
                   : calls   ? "a callback ran for a referent that is alive"
                             : "a callback did not run for a reachable weak reference "
                               "whose referent died";
        expected_calls += calls;
    }
    return expected_calls == fired_count ? NULL
           : "a callback ran for a weak reference that was part of the garbage";
}
//< 4 weak_expectations

const char *heap_check(const Heap *heap)
{
    size_t live = account_total().live_objects;
    bool all_alive;
    Marked m = mark_reachable(heap, &all_alive);
/*< 3 heap_check_partial
    bool exact = true;
*/
//> 3 heap_check_partial
    /* After a younger generation's collection, garbage may wait in an
     * older one: then only what the variables reach must be alive. */
    bool exact = heap->collected == GC_OLDEST;
//< 3 heap_check_partial
    const char *wrong = NULL;
    if (!all_alive)
        wrong = "an object the variables reach has been freed";
    else if (exact && m.count + unvisited_atoms(heap->classes) != live)
        wrong = "the live objects are not exactly those the variables reach";
    /*< 3
    Object *tracked = gc_get_objects();
    */
    //> 3
    Object *tracked = gc_get_objects(-1);
    //< 3
    for (size_t i = 0; exact && wrong == NULL && i < list_size(tracked); i++)
        if (!is_marked(&m, list_getitem(tracked, i)))
            wrong = "a tracked object is not reachable from the variables";
    decref(tracked);
//> 4 heap_check_weakrefs
    if (wrong == NULL)
        wrong = check_weakrefs(heap, exact);
//< 4 heap_check_weakrefs
//> 5 heap_check_finalizers
    if (wrong == NULL && finalized_twice)
        wrong = "a finalizer ran twice for one object";
    if (wrong == NULL && !lifeboat_is_whole())
        wrong = "a resurrected object lost its attributes";
    if (wrong == NULL && exact && finalizer_calls - calls_before != expected_calls)
        wrong = "finalizers did not run once for each unreachable object that had one";
//< 5 heap_check_finalizers
    free(m.items);
    return wrong;
}

void heap_fini(Heap *heap)
{
    for (size_t i = 0; i < HEAP_SLOTS; i++)
        set_slot(heap, (uint8_t)i, NULL);
    for (size_t i = 0; i < HEAP_CLASSES; i++)
        decref(heap->classes[i]);
//> 5 heap_fini_lifeboat
    Object *boat = lifeboat;
    lifeboat = NULL;
    decref(boat);
//< 5 heap_fini_lifeboat
    gc_collect();
//> 4 heap_fini_expectations
    free(heap->expected);
    heap->expected = NULL;
    free(fired);
    fired = NULL;
    fired_count = fired_capacity = 0;
//< 4 heap_fini_expectations
}

void heap_op_print(FILE *out, HeapOp op)
{
    static const char *const names[OP_KINDS] = {
        "new_list", "new_dict", "new_instance", "new_atom", "link",
        "unlink", "drop", "copy", "collect",
//> 4 op_new_weakref_name
        "new_weakref",
//< 4 op_new_weakref_name
    };
    fprintf(out, "    %s(a=%d, b=%d, c=%d);\n", names[op.kind % OP_KINDS],
            op.a % HEAP_SLOTS, op.b % HEAP_SLOTS, op.c);
}
