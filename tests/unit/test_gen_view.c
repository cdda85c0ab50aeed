/* The legacy collector's question about generators (chapter 5): CPython
 * 3.3's rule over a GenView (gen_view.h), and a type whose legacy answer
 * is its own (object.h's has_legacy_finalizer): only the cycles it says
 * need finalizing stay in gc.garbage, the others are finalized and freed. */
#include "harness.h"

#include "gc_state.h"

START_TEST(only_a_new_or_suspended_generator_with_an_exit_block_needs_finalizing)
{
    const LegacyBlock loops[] = {BLOCK_LOOP, BLOCK_NONE, BLOCK_LOOP};
    const LegacyBlock in_try[] = {BLOCK_LOOP, BLOCK_FINALLY, BLOCK_LOOP};
    GenView view = {.phase = GEN_PHASE_SUSPENDED, .nblocks = 3, .blocks = loops};
    ck_assert(!gen_view_needs_finalizing(&view));
    view.blocks = in_try;
    ck_assert(gen_view_needs_finalizing(&view));
    view.phase = GEN_PHASE_CREATED;
    ck_assert(gen_view_needs_finalizing(&view));
    view.phase = GEN_PHASE_RUNNING;
    ck_assert(!gen_view_needs_finalizing(&view));
    view.phase = GEN_PHASE_FINISHED;
    ck_assert(!gen_view_needs_finalizing(&view));
    view = (GenView){.phase = GEN_PHASE_SUSPENDED, .nblocks = 0, .blocks = NULL};
    ck_assert(!gen_view_needs_finalizing(&view));
    const LegacyBlock exits[] = {BLOCK_EXCEPT, BLOCK_HANDLER, BLOCK_WITH};
    for (size_t i = 0; i < sizeof exits / sizeof *exits; i++) {
        view = (GenView){.phase = GEN_PHASE_SUSPENDED, .nblocks = 1, .blocks = &exits[i]};
        ck_assert(gen_view_needs_finalizing(&view));
    }
    ck_assert_nothing_alive();
}
END_TEST

/* A container with a finalizer whose legacy answer is a field of its own,
 * as a generator's depends on where it stopped. */
typedef struct Waiter {
    Object ob;
    Object *item;
    bool pending;     /* what it answers the legacy collector */
} Waiter;

static int finalized;

static int waiter_traverse(Object *self, visitproc visit, void *arg)
{
    Object *item = ((Waiter *)self)->item;
    return item ? visit(item, arg) : 0;
}

static void waiter_clear(Object *self)
{
    Object *item = ((Waiter *)self)->item;
    ((Waiter *)self)->item = NULL;
    xdecref(item);
}

static void waiter_finalize(Object *self)
{
    (void)self;
    finalized++;
}

static bool waiter_pending(Object *self)
{
    return ((Waiter *)self)->pending;
}

static Type WaiterType = {
    .name = "waiter",
    .basic_size = sizeof(Waiter),
    .flags = TYPE_GC,
    .dealloc = waiter_clear,
    .traverse = waiter_traverse,
    .clear = waiter_clear,
    .finalize = waiter_finalize,
    .has_legacy_finalizer = waiter_pending,
};

/* A waiter in a cycle with itself, unreachable once made. */
static Object *waiter_cycle(bool pending)
{
    Object *op = object_new(&WaiterType, 0);
    ((Waiter *)op)->item = newref(op);
    ((Waiter *)op)->pending = pending;
    gc_track(op);
    decref(op);
    return op;
}

START_TEST(legacy_mode_asks_the_type_which_finalizers_keep_a_cycle)
{
    finalized = 0;
    gc_set_legacy_finalizers(true);
    Object *kept = waiter_cycle(true);
    waiter_cycle(false);
    ck_assert_int_eq(gc_collect(), 2); /* collected 1 + uncollectable 1 */
    ck_assert_int_eq(finalized, 1);    /* the one freed, finalized once */
    Object *garbage = gc_get_garbage();
    ck_assert_uint_eq(list_size(garbage), 1);
    ck_assert_ptr_eq(list_getitem(garbage, 0), kept);
    gc_set_legacy_finalizers(false);
    waiter_clear(kept); /* broken by hand */
    gc_release_garbage();
    ck_assert_int_eq(finalized, 2);
    gc_state.stats[GC_OLDEST] = (GCStats){0};
    ck_assert_nothing_alive();
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("gen_view");
    TCase *tc = tcase_create("gen_view");
    tcase_add_test(tc, only_a_new_or_suspended_generator_with_an_exit_block_needs_finalizing);
    tcase_add_test(tc, legacy_mode_asks_the_type_which_finalizers_keep_a_cycle);
    suite_add_tcase(s, tc);
    return s;
}
