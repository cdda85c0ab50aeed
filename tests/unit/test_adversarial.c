/* Re-entrancy, adversarially (chapter 5, which has every hook): each hook
 * through which the runtime runs a program's code (the gc callback at the
 * start and the end of a collection, a finalizer in a collection and on a
 * death by reference counting, a weak reference's callback in both, a
 * finalize object) does each thing that could upset the collector:
 * collect, allocate enough to start a collection of its own, freeze, move
 * an object out of its list and back (untrack, track), resurrect, and drop
 * a reference so that an object dies in the middle of a walk.  Each pairing
 * runs as one test; each ends with nothing alive, and the sanitizers and
 * valgrind watch the memory. */
#include "harness.h"

typedef enum Hook {
    HOOK_GC_START,
    HOOK_GC_STOP,
    HOOK_FINALIZER_COLLECTED,
    HOOK_FINALIZER_DEALLOC,
    HOOK_WEAKREF_COLLECTED,
    HOOK_WEAKREF_DEALLOC,
    HOOK_FINALIZE_COLLECTED,
    HOOKS
} Hook;

typedef enum Action {
    ACT_COLLECT,
    ACT_ALLOCATE,
    ACT_FREEZE,
    ACT_RETRACK,
    ACT_RESURRECT,
    ACT_DROP_NEXT,
    ACTIONS
} Action;

/* Garbage pairs ACT_ALLOCATE makes: more containers than generation 0's
 * threshold, so that one of the allocations starts a collection unless one
 * is running. */
#define ALLOCATED_PAIRS (GC_DEFAULT_THRESHOLD / 2 + 1)

static Hook hook;
static Action action;
static long hook_calls;
static Object *plain;     /* a class without finalizer */
static Object *bystander; /* an instance the test holds, with a "next" */
static Object *lifeboat;  /* where ACT_RESURRECT stores its object */

/* a.next = b; returns a, a new reference (b is held by a only). */
static Object *linked_pair(Object *cls, bool cycle)
{
    Object *a = instance_new(cls), *b = instance_new(cls);
    instance_setattr(a, "next", b);
    if (cycle)
        instance_setattr(b, "next", a);
    decref(b);
    return a;
}

static void make_garbage_pairs(void)
{
    for (int i = 0; i < ALLOCATED_PAIRS; i++)
        decref(linked_pair(plain, true));
}

/* What a hook does, to `self` (its own object, or the bystander). */
static void act(Object *self)
{
    hook_calls++;
    switch (action) {
    case ACT_COLLECT:
        gc_collect();
        break;
    case ACT_ALLOCATE:
        make_garbage_pairs();
        break;
    case ACT_FREEZE:
        gc_freeze();
        break;
    case ACT_RETRACK:
        gc_untrack(self);
        gc_track(self);
        break;
    case ACT_RESURRECT:
        list_append(lifeboat, self);
        break;
    case ACT_DROP_NEXT:
        if (is_instance(self))
            instance_delattr(self, "next");
        break;
    case ACTIONS: /* none: the test is cleaning up */
        break;
    }
}

static void finalizer(Object *self)
{
    act(self);
}

static void gc_hook(const char *phase, const GCInfo *info, void *arg)
{
    (void)info, (void)arg;
    if ((hook == HOOK_GC_START) == (phase[1] == 't' && phase[2] == 'a'))
        act(bystander);
}

static void callback_hook(Object *data, Object *wr)
{
    (void)data, (void)wr;
    act(bystander);
}

/* Drop `op`, the program's one reference; a collection, when `collected`. */
static void drop(Object *op, bool collected)
{
    decref(op);
    if (collected)
        gc_collect();
}

static void run_hook(void)
{
    bool collected = hook != HOOK_FINALIZER_DEALLOC && hook != HOOK_WEAKREF_DEALLOC;
    Object *hooked = class_new("Hooked", finalizer);
    Object *callback = callback_new(callback_hook, NULL);
    Object *wr = NULL, *f = NULL, *args = int_new(0);
    Object *victim;
    switch (hook) {
    case HOOK_GC_START:
    case HOOK_GC_STOP:
        gc_set_callback(gc_hook, NULL);
        drop(linked_pair(plain, true), true);
        gc_set_callback(NULL, NULL);
        break;
    case HOOK_FINALIZER_COLLECTED:
    case HOOK_FINALIZER_DEALLOC:
        drop(linked_pair(hooked, collected), collected);
        break;
    case HOOK_WEAKREF_COLLECTED:
    case HOOK_WEAKREF_DEALLOC:
        victim = linked_pair(plain, collected);
        wr = weakref_new(victim, callback);
        drop(victim, collected);
        break;
    case HOOK_FINALIZE_COLLECTED:
        victim = linked_pair(plain, true);
        f = finalize_new(victim, callback, args);
        drop(victim, true);
        ck_assert(!finalize_alive(f));
        break;
    case HOOKS:
        break;
    }
    xdecref(wr), xdecref(f), decref(args), decref(callback), decref(hooked);
}

START_TEST(each_hook_survives_each_action)
{
    hook = (Hook)(_i / ACTIONS);
    action = (Action)(_i % ACTIONS);
    hook_calls = 0;
    plain = class_new("Plain", NULL);
    bystander = linked_pair(plain, false);
    lifeboat = list_new();

    run_hook();
    ck_assert_int_gt(hook_calls, 0);

    action = ACTIONS; /* from now on a hook does nothing: no resurrection
                       * into the lifeboat as it goes */
    gc_unfreeze();
    decref(lifeboat);
    decref(bystander);
    gc_collect();
    decref(plain);
    gc_collect(); /* the classes, once no instance is left */
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("adversarial");
    TCase *tc = tcase_create("reentrancy");
    tcase_add_loop_test(tc, each_hook_survives_each_action, 0, HOOKS * ACTIONS);
    suite_add_tcase(s, tc);
    return s;
}
