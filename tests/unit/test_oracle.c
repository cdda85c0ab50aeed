/* The oracle: random programs, and after every collection the survivors must
 * be exactly what the program can still reach, marked independently of the
 * collector (chapter 2).  A failure prints its seed and a minimal program
 * that still fails. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "heap_ops.h"

enum {
    SEEDS = 100,
    OPS_PER_SEED = 1000,
    /* Low, so that automatic collections happen between operations too. */
    ORACLE_THRESHOLD = 25,
//> 3 oracle_older_threshold
    /* and automatic collections of every generation. */
    ORACLE_OLDER_THRESHOLD = 2,
//< 3 oracle_older_threshold
};

/* xorshift64: small, and the same on every machine. */
static uint64_t next_random(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

/* A program: links and new objects are common, collections rarer. */
static void generate(uint64_t seed, HeapOp *ops, size_t n)
{
/*< 4 weights
    static const uint8_t weights[OP_KINDS] = {3, 2, 3, 2, 8, 3, 3, 2, 1};
*/
//> 4 weights
    static const uint8_t weights[OP_KINDS] = {3, 2, 3, 2, 8, 3, 3, 2, 1, 2};
//< 4 weights
    unsigned total = 0;
    for (int k = 0; k < OP_KINDS; k++)
        total += weights[k];
    uint64_t state = seed * 2654435761u + 1;
    for (size_t i = 0; i < n; i++) {
        uint64_t r = next_random(&state);
        unsigned pick = (unsigned)(r % total);
        uint8_t kind = 0;
        while (pick >= weights[kind])
            pick -= weights[kind++];
        ops[i] = (HeapOp){kind, (uint8_t)(r >> 16), (uint8_t)(r >> 24), (uint8_t)(r >> 32)};
    }
}

/* Run a program; NULL if every check passed (including that nothing is
 * left alive at the end), or the first problem. */
static const char *run(const HeapOp *ops, size_t n)
{
    Heap heap;
    heap_init(&heap);
    /*< 3
    gc_set_threshold(ORACLE_THRESHOLD);
    */
    //> 3
    gc_set_threshold(0, ORACLE_THRESHOLD);
    gc_set_threshold(1, ORACLE_OLDER_THRESHOLD);
    gc_set_threshold(2, ORACLE_OLDER_THRESHOLD);
    //< 3
    const char *wrong = NULL;
    for (size_t i = 0; i < n && wrong == NULL; i++) {
        heap_apply(&heap, ops[i]);
        if (ops[i].kind % OP_KINDS == OP_COLLECT)
            wrong = heap_check(&heap);
    }
    heap_fini(&heap);
    /*< 3
    gc_set_threshold(GC_DEFAULT_THRESHOLD);
    */
    //> 3
    gc_set_threshold(0, GC_DEFAULT_THRESHOLD);
    gc_set_threshold(1, GC_DEFAULT_OLDER_THRESHOLD);
    gc_set_threshold(2, GC_DEFAULT_OLDER_THRESHOLD);
    //< 3
    if (wrong == NULL && account_total().live_objects != 0)
        wrong = "objects are left alive after every variable let go";
    return wrong;
}

/* Does the program fail?  Run in a child, so that a crash counts too. */
static bool fails(const HeapOp *ops, size_t n)
{
    fflush(NULL);
    pid_t child = fork();
    if (child == 0) {
        close(STDERR_FILENO);
        _exit(run(ops, n) == NULL ? 0 : 1);
    }
    int status;
    waitpid(child, &status, 0);
    return !(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* Remove operations, one at a time, while the program still fails. */
static size_t minimize(HeapOp *ops, size_t n)
{
    for (size_t i = n; i-- > 0;) {
        HeapOp removed = ops[i];
        memmove(&ops[i], &ops[i + 1], (n - i - 1) * sizeof *ops);
        if (fails(ops, n - 1)) {
            n--;
        } else {
            memmove(&ops[i + 1], &ops[i], (n - i - 1) * sizeof *ops);
            ops[i] = removed;
        }
    }
    return n;
}

static void report(uint64_t seed, const char *wrong, HeapOp *ops, size_t n)
{
    n = minimize(ops, n);
    fprintf(stderr, "oracle: seed %llu fails: %s\nA minimal program that fails "
                    "(tests/unit/heap_ops.c):\n", (unsigned long long)seed, wrong);
    for (size_t i = 0; i < n; i++)
        heap_op_print(stderr, ops[i]);
}

START_TEST(survivors_are_exactly_what_the_program_reaches)
{
    static HeapOp ops[OPS_PER_SEED];
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        generate(seed, ops, OPS_PER_SEED);
        const char *wrong = run(ops, OPS_PER_SEED);
        if (wrong) {
            report(seed, wrong, ops, OPS_PER_SEED);
            ck_abort_msg("oracle: seed %llu: %s (see the minimal program above)",
                         (unsigned long long)seed, wrong);
        }
    }
    ck_assert_nothing_alive();
}
END_TEST

/* The oracle must be able to fail: a program that leaks a cycle outside the
 * collector's view (untracked) is caught. */
START_TEST(the_oracle_catches_an_object_the_collector_cannot_see)
{
    Heap heap;
    heap_init(&heap);
    Object *l = list_new();
    list_append(l, l);
    gc_untrack(l); /* now invisible to the collector */
    decref(l);
    gc_collect();
//> 3 oracle_exact_after_full
    heap.collected = GC_OLDEST; /* the check is exact after a full collection */
//< 3 oracle_exact_after_full
    ck_assert_str_eq(heap_check(&heap),
                     "the live objects are not exactly those the variables reach");
    ListType.clear(l);
    heap_fini(&heap);
    ck_assert_nothing_alive();
}
END_TEST

/* Nor can an object the program still reaches be freed unnoticed (a
 * collector that freed it would be caught by the same check). */
START_TEST(the_oracle_catches_a_reachable_object_that_was_freed)
{
    Heap heap;
    heap_init(&heap);
    heap_apply(&heap, (HeapOp){OP_NEW_LIST, 0, 0, 0});
    decref(heap.slots[0]); /* one decref too many: freed, still in slot 0 */
    ck_assert_str_eq(heap_check(&heap), "an object the variables reach has been freed");
    heap.slots[0] = NULL;
    heap_fini(&heap);
    ck_assert_nothing_alive();
}
END_TEST

//> 4 oracle_catches_a_missed_callback
/* And a callback that does not run is caught: here the weak reference is
 * cleared behind the collector's back, after the oracle took note of it. */
START_TEST(the_oracle_catches_a_callback_that_did_not_run)
{
    Heap heap;
    heap_init(&heap);
    heap_apply(&heap, (HeapOp){OP_NEW_INSTANCE, 0, 0, 0});
    heap_apply(&heap, (HeapOp){OP_LINK, 0, 0, 0});         /* a self-loop */
    heap_apply(&heap, (HeapOp){OP_NEW_WEAKREF, 1, 0, 1});  /* with a callback */
    heap_apply(&heap, (HeapOp){OP_DROP, 0, 0, 0});
    heap_expect(&heap);
    weakref_clear_referent(heap.slots[1]);
    gc_collect();
    heap.collected = GC_OLDEST;
    ck_assert_str_eq(heap_check(&heap), "a callback did not run for a reachable weak "
                                        "reference whose referent died");
    heap_fini(&heap);
    ck_assert_nothing_alive();
}
END_TEST
//< 4 oracle_catches_a_missed_callback

//> 5 oracle_catches_a_missed_finalizer
/* And so is a finalizer that does not run: here the object is marked
 * finalized behind the collector's back, after the oracle took note. */
START_TEST(the_oracle_catches_a_finalizer_that_did_not_run)
{
    Heap heap;
    heap_init(&heap);
    heap_apply(&heap, (HeapOp){OP_NEW_INSTANCE, 0, 1, 0}); /* class B: a finalizer */
    heap_apply(&heap, (HeapOp){OP_LINK, 0, 0, 0});
    Object *b = heap.slots[0];
    heap_apply(&heap, (HeapOp){OP_DROP, 0, 0, 0});
    heap_expect(&heap);
    as_gc(b)->prev |= PREV_FINALIZED;
    gc_collect();
    heap.collected = GC_OLDEST;
    ck_assert_str_eq(heap_check(&heap), "finalizers did not run once for each unreachable "
                                        "object that had one");
    heap_fini(&heap);
    ck_assert_nothing_alive();
}
END_TEST
//< 5 oracle_catches_a_missed_finalizer

Suite *suite(void)
{
    Suite *s = suite_create("oracle");
    TCase *tc = tcase_create("oracle");
    tcase_set_timeout(tc, 900);
    tcase_add_test(tc, survivors_are_exactly_what_the_program_reaches);
    tcase_add_test(tc, the_oracle_catches_an_object_the_collector_cannot_see);
    tcase_add_test(tc, the_oracle_catches_a_reachable_object_that_was_freed);
//> 4 oracle_catches_a_missed_callback
    tcase_add_test(tc, the_oracle_catches_a_callback_that_did_not_run);
//< 4 oracle_catches_a_missed_callback
//> 5 oracle_catches_a_missed_finalizer
    tcase_add_test(tc, the_oracle_catches_a_finalizer_that_did_not_run);
//< 5 oracle_catches_a_missed_finalizer
    suite_add_tcase(s, tc);
    return s;
}
