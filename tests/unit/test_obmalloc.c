/* The small-object allocator: size classes, pools, arenas (chapter 6).
 *
 * No other code here allocates blocks of the size classes these tests use,
 * and each test frees what it allocates, so a test starts with no used pool
 * of its class: its first block comes from an empty pool.  That holds when
 * the tests share one process too (CK_FORK=no, under valgrind). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "arena_map.h"
#include "harness.h"
#include "obmalloc.h"
#include "poison.h"
#include "pool.h"

/* Size classes no object of the runtime uses. */
#define SIZE_A 448
#define SIZE_B 496

static void free_all(void **blocks, size_t n)
{
    for (size_t i = 0; i < n; i++)
        object_free(blocks[i]);
}

/* Every test ends here: no object, and no block, left. */
static size_t blocks_at_start;

static void setup(void)
{
    blocks_at_start = obmalloc_allocated_blocks();
}

#define ck_assert_nothing_left()                                             \
    do {                                                                     \
        ck_assert_uint_eq(obmalloc_allocated_blocks(), blocks_at_start);     \
        ck_assert_nothing_alive();                                           \
    } while (0)

START_TEST(size_classes_are_multiples_of_sixteen_up_to_512)
{
    ck_assert_uint_eq(NB_SMALL_SIZE_CLASSES, 32);
    ck_assert_uint_eq(INDEX2SIZE(0), 16);
    ck_assert_uint_eq(INDEX2SIZE(NB_SMALL_SIZE_CLASSES - 1), SMALL_REQUEST_THRESHOLD);
    for (size_t n = 1; n <= SMALL_REQUEST_THRESHOLD; n++) {
        size_t i = SIZE2INDEX(n);
        ck_assert_uint_lt(i, NB_SMALL_SIZE_CLASSES);
        /* The smallest class that fits. */
        ck_assert_uint_ge(INDEX2SIZE(i), n);
        ck_assert(i == 0 || INDEX2SIZE(i - 1) < n);
    }
    ck_assert_nothing_left();
}
END_TEST

START_TEST(small_blocks_are_aligned_and_in_arenas_large_ones_are_not)
{
    void *small = object_malloc(SMALL_REQUEST_THRESHOLD);
    void *large = object_malloc(SMALL_REQUEST_THRESHOLD + 1);
    ck_assert_uint_eq((uintptr_t)small % ALIGNMENT, 0);
#if WITH_PYMALLOC
    ck_assert(address_in_range(small));
#endif
    ck_assert(!address_in_range(large));
    ck_assert(!address_in_range(&blocks_at_start));
    ck_assert(!address_in_range(NULL));
    object_free(small);
    object_free(large);
    ck_assert_nothing_left();
}
END_TEST

#if WITH_PYMALLOC

/* How many blocks of nbytes one pool holds. */
static size_t blocks_per_pool(size_t nbytes)
{
    return (POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(SIZE2INDEX(nbytes));
}

START_TEST(a_pool_serves_its_blocks_then_the_next_pool_takes_over)
{
    size_t n = blocks_per_pool(SIZE_A);
    /* 16 KiB less the 48-byte header, in 448-byte blocks. */
    ck_assert_uint_eq(POOL_OVERHEAD, 48);
    ck_assert_uint_eq(n, (16384 - 48) / 448);
    void *blocks[(POOL_SIZE - POOL_OVERHEAD) / SIZE_A + 1];
    for (size_t i = 0; i <= n; i++)
        blocks[i] = object_malloc(SIZE_A);
    poolp pool = POOL_ADDR(blocks[0]);
    for (size_t i = 1; i < n; i++)
        ck_assert_ptr_eq(POOL_ADDR(blocks[i]), pool);
    ck_assert_uint_eq(pool->count, n);
    ck_assert_ptr_null(pool->freeblock); /* full */
    ck_assert_ptr_ne(POOL_ADDR(blocks[n]), pool);
    free_all(blocks, n + 1);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(a_freed_block_is_the_next_one_handed_out)
{
    void *blocks[3];
    for (size_t i = 0; i < 3; i++)
        blocks[i] = object_malloc(SIZE_A);
    object_free(blocks[1]);
    void *again = object_malloc(SIZE_A - 1); /* same class */
    ck_assert_ptr_eq(again, blocks[1]);
    blocks[1] = again;
    free_all(blocks, 3);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(a_full_pool_with_a_block_freed_serves_again)
{
    size_t n = blocks_per_pool(SIZE_A);
    void *blocks[(POOL_SIZE - POOL_OVERHEAD) / SIZE_A];
    for (size_t i = 0; i < n; i++)
        blocks[i] = object_malloc(SIZE_A);
    poolp pool = POOL_ADDR(blocks[0]);
    ck_assert_ptr_null(pool->freeblock);
    object_free(blocks[n / 2]);
    blocks[n / 2] = object_malloc(SIZE_A);
    ck_assert_ptr_eq(POOL_ADDR(blocks[n / 2]), pool);
    free_all(blocks, n);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(an_empty_pool_serves_another_size_class)
{
    void *a = object_malloc(SIZE_A);
    poolp pool = POOL_ADDR(a);
    object_free(a);
    /* pool is empty and first in its arena's free pools: the next new pool
     * is pool again, set up for the other class. */
    void *b = object_malloc(SIZE_B);
    ck_assert_ptr_eq(POOL_ADDR(b), pool);
    ck_assert_uint_eq(pool->szidx, SIZE2INDEX(SIZE_B));
    object_free(b);
    ck_assert_nothing_left();
}
END_TEST

/* Blocks of SIZE_B enough to fill `count` arenas, the first few in
 * whatever arenas are usable already. */
static void **fill_arenas(size_t count, size_t *n)
{
    *n = count * MAX_POOLS_IN_ARENA * blocks_per_pool(SIZE_B);
    void **blocks = malloc(*n * sizeof *blocks);
    ck_assert_ptr_nonnull(blocks);
    for (size_t i = 0; i < *n; i++)
        blocks[i] = object_malloc(SIZE_B);
    return blocks;
}

START_TEST(an_arena_goes_back_to_the_system_when_its_last_block_goes)
{
    size_t before = narenas_currently_allocated, n;
    void **blocks = fill_arenas(3, &n);
    ck_assert_uint_ge(narenas_currently_allocated, before + 3);
    /* One block in the last arena keeps it; the others drain and go,
     * all but one, kept empty against thrashing. */
    void *last = blocks[n - 1];
    free_all(blocks, n - 1);
    ck_assert_uint_le(narenas_currently_allocated, before + 2);
    ck_assert(address_in_range(last));
    object_free(last);
    ck_assert_uint_le(narenas_currently_allocated, before + 1);
    free(blocks);
    ck_assert_nothing_left();
}
END_TEST

/* The invariant of usable_arenas: sorted by free pools, fewest first, and
 * nfp2lasta[k] the last arena with k free pools. */
static void check_usable_arenas(void)
{
    struct arena_object *last[MAX_POOLS_IN_ARENA + 1] = {0};
    for (struct arena_object *ao = usable_arenas; ao != NULL; ao = ao->nextarena) {
        ck_assert_uint_gt(ao->nfreepools, 0);
        if (ao->nextarena != NULL) {
            ck_assert_uint_le(ao->nfreepools, ao->nextarena->nfreepools);
            ck_assert_ptr_eq(ao->nextarena->prevarena, ao);
        }
        last[ao->nfreepools] = ao;
    }
    for (size_t k = 0; k <= MAX_POOLS_IN_ARENA; k++)
        ck_assert_ptr_eq(nfp2lasta[k], last[k]);
}

static struct arena_object *arena_of(void *p)
{
    return &arenas[POOL_ADDR(p)->arenaindex];
}

/* Free `pools` whole pools of the full arena ao, whose blocks of SIZE_B
 * are among blocks[0..n).  A class's blocks fill one pool before the next,
 * so the first blocks of ao, in the order they were handed out, fill its
 * first pools. */
static void empty_pools(void **blocks, size_t n, struct arena_object *ao, size_t pools)
{
    size_t to_free = pools * blocks_per_pool(SIZE_B);
    for (size_t i = 0; i < n && to_free > 0; i++) {
        if (blocks[i] != NULL && arena_of(blocks[i]) == ao) {
            object_free(blocks[i]);
            blocks[i] = NULL;
            to_free--;
        }
    }
}

/* Three of the arenas that blocks[0..n) fill wholly. */
static void full_arenas(void **blocks, size_t n, struct arena_object *full[3])
{
    size_t found = 0;
    for (size_t i = 0; i < n && found < 3; i++) {
        struct arena_object *ao = arena_of(blocks[i]);
        if (ao->nfreepools == 0 && (found == 0 || full[found - 1] != ao))
            full[found++] = ao;
    }
    ck_assert_uint_eq(found, 3);
}

START_TEST(the_fullest_arena_serves_the_next_pool)
{
    size_t n;
    void **blocks = fill_arenas(4, &n);
    struct arena_object *full[3];
    full_arenas(blocks, n, full);
    empty_pools(blocks, n, full[0], 3);
    empty_pools(blocks, n, full[1], 1);
    empty_pools(blocks, n, full[2], 2);
    check_usable_arenas();
    ck_assert_ptr_eq(usable_arenas, full[1]);
    ck_assert_ptr_eq(full[1]->nextarena, full[2]);
    ck_assert_ptr_eq(full[2]->nextarena, full[0]);
    /* The next new pool, of any class, comes from the fullest arena. */
    void *fresh = object_malloc(SIZE_A);
    ck_assert_ptr_eq(arena_of(fresh), full[1]);
    ck_assert_uint_eq(full[1]->nfreepools, 0);
    check_usable_arenas();
    object_free(fresh);
    free_all(blocks, n);
    check_usable_arenas();
    free(blocks);
    ck_assert_nothing_left();
}
END_TEST

#endif

START_TEST(zero_bytes_give_distinct_blocks)
{
    void *a = object_malloc(0), *b = object_malloc(0);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    ck_assert_ptr_ne(a, b);
    void *c = object_calloc(0, 8);
    ck_assert_ptr_nonnull(c);
    object_free(a);
    object_free(b);
    object_free(c);
    object_free(NULL);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(sizes_past_ptrdiff_max_and_overflowing_products_are_refused)
{
    ck_assert_ptr_null(object_malloc((size_t)PTRDIFF_MAX + 1));
    ck_assert_ptr_null(object_malloc(SIZE_MAX));
    ck_assert_ptr_null(object_calloc(SIZE_MAX / 2, 4));
    ck_assert_ptr_null(object_calloc(2, (size_t)PTRDIFF_MAX / 2 + 1));
    void *p = object_malloc(32);
    memset(p, 'x', 32);
    ck_assert_ptr_null(object_realloc(p, SIZE_MAX));
    ck_assert_int_eq(((char *)p)[31], 'x'); /* p is untouched */
    object_free(p);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(realloc_keeps_the_contents_and_the_block_when_it_can)
{
    char *p = object_realloc(NULL, 100);
    memset(p, 'y', 100);
    char *kept = object_realloc(p, 90);         /* shrinks by less than a quarter */
    if (WITH_PYMALLOC)
        ck_assert_ptr_eq(kept, p);
    char *q = object_realloc(kept, 300);        /* grows into another class */
    ck_assert_int_eq(q[0], 'y');
    ck_assert_int_eq(q[89], 'y');
    char *r = object_realloc(q, 2000);          /* to malloc */
    ck_assert(!address_in_range(r));
    ck_assert_int_eq(r[89], 'y');
    char *s = object_realloc(r, 10);            /* malloc's stays malloc's */
    ck_assert_int_eq(s[9], 'y');
    char *t = object_malloc(400);
    memset(t, 'z', 400);
    char *u = object_realloc(t, 16);            /* shrinks by more: moves */
    if (WITH_PYMALLOC)
        ck_assert_ptr_ne(u, t);
    ck_assert_int_eq(u[15], 'z');
    object_free(s);
    object_free(u);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(allocated_blocks_count_small_and_large_blocks)
{
    void *small = object_malloc(24), *large = object_malloc(4096);
#if WITH_PYMALLOC
    ck_assert_uint_eq(obmalloc_allocated_blocks(), blocks_at_start + 2);
#else
    /* As sys.getallocatedblocks() under PYTHONMALLOC=malloc. */
    ck_assert_uint_eq(obmalloc_allocated_blocks(), 0);
#endif
    object_free(small);
    object_free(large);
    ck_assert_nothing_left();
}
END_TEST

START_TEST(objects_come_from_the_allocator)
{
    Object *n = int_new(42);
#if WITH_PYMALLOC
    ck_assert(address_in_range(object_memory(n)));
    ck_assert_uint_eq(obmalloc_allocated_blocks(), blocks_at_start + 1);
#else
    ck_assert(!address_in_range(object_memory(n)));
#endif
    decref(n);
    debug_release_quarantine();
    ck_assert_nothing_left();
}
END_TEST

#if WITH_PYMALLOC
/* The value of the report's line that starts with `name`. */
static size_t report_value(const char *report, const char *name)
{
    const char *line = strstr(report, name);
    ck_assert_msg(line != NULL, "no line \"%s\" in the report", name);
    const char *equals = strchr(line, '=');
    size_t value = 0;
    for (const char *c = equals + 1; *c != '\n'; c++)
        if (*c >= '0' && *c <= '9')
            value = value * 10 + (size_t)(*c - '0');
    return value;
}
#endif

START_TEST(the_report_accounts_for_every_byte_of_the_arenas)
{
    void *blocks[3];
    for (size_t i = 0; i < 3; i++)
        blocks[i] = object_malloc(SIZE_A);
    char *report = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&report, &length);
    ck_assert_int_eq(obmalloc_debug_stats(out), WITH_PYMALLOC);
    fclose(out);
#if WITH_PYMALLOC
    ck_assert_ptr_nonnull(strstr(report, "Small block threshold = 512, in 32 size classes."));
    /* Class 27, 448 bytes: one pool, our three blocks, 33 more free. */
    ck_assert_ptr_nonnull(strstr(report, "   27    448           1               3            33\n"));
    size_t arenas = report_value(report, "# arenas allocated current");
    ck_assert_uint_eq(arenas, narenas_currently_allocated);
    ck_assert_uint_eq(report_value(report, "Total"), arenas * ARENA_SIZE);
#else
    ck_assert_uint_eq(length, 0);
#endif
    free(report);
    free_all(blocks, 3);
    ck_assert_nothing_left();
}
END_TEST

#if WITH_PYMALLOC && !defined(NDEBUG)

static void free_twice(void)
{
    void *p = object_malloc(SIZE_A);
    object_free(p);
    object_free(p);
}

START_TEST(a_double_free_is_named)
{
    assert_misuse(free_twice, "object_free: double free of the 448-byte block at");
    ck_assert_nothing_left();
}
END_TEST

static void free_inside_a_block(void)
{
    char *p = object_malloc(SIZE_A);
    object_free(p + ALIGNMENT);
}

START_TEST(a_pointer_inside_a_block_is_refused)
{
    assert_misuse(free_inside_a_block, "is not the start of a block");
    ck_assert_nothing_left();
}
END_TEST

#if defined(WITH_ASAN)

static void read_after_free(void)
{
    volatile char *p = object_malloc(SIZE_A);
    p[0] = 1;
    object_free((void *)p);
    (void)p[ALIGNMENT];
}

#endif

/* Under AddressSanitizer, the read of a freed block stops the program;
 * under valgrind, the block is not addressable; in a plain debug build, it
 * holds DEADBYTEs past its link. */
START_TEST(a_use_after_free_inside_a_pool_is_caught)
{
#if defined(WITH_ASAN)
    assert_dies(read_after_free, "AddressSanitizer: use-after-poison");
#else
    unsigned char *p = object_malloc(SIZE_A);
    object_free(p);
    if (poison_of(p) != POISON_UNTRACKED) {
        ck_assert(poison_of(p) == POISON_YES);
    } else {
        for (size_t i = sizeof(block *); i < SIZE_A; i++)
            ck_assert_uint_eq(p[i], 0xDD);
    }
#endif
    ck_assert_nothing_left();
}
END_TEST

#endif

Suite *suite(void)
{
    Suite *s = suite_create("obmalloc");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, NULL);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, size_classes_are_multiples_of_sixteen_up_to_512);
    tcase_add_test(tc, small_blocks_are_aligned_and_in_arenas_large_ones_are_not);
#if WITH_PYMALLOC
    tcase_add_test(tc, a_pool_serves_its_blocks_then_the_next_pool_takes_over);
    tcase_add_test(tc, a_freed_block_is_the_next_one_handed_out);
    tcase_add_test(tc, a_full_pool_with_a_block_freed_serves_again);
    tcase_add_test(tc, an_empty_pool_serves_another_size_class);
    tcase_add_test(tc, an_arena_goes_back_to_the_system_when_its_last_block_goes);
    tcase_add_test(tc, the_fullest_arena_serves_the_next_pool);
#endif
    tcase_add_test(tc, zero_bytes_give_distinct_blocks);
    tcase_add_test(tc, sizes_past_ptrdiff_max_and_overflowing_products_are_refused);
    tcase_add_test(tc, realloc_keeps_the_contents_and_the_block_when_it_can);
    tcase_add_test(tc, allocated_blocks_count_small_and_large_blocks);
    tcase_add_test(tc, objects_come_from_the_allocator);
    tcase_add_test(tc, the_report_accounts_for_every_byte_of_the_arenas);
#if WITH_PYMALLOC && !defined(NDEBUG)
    tcase_add_test(tc, a_double_free_is_named);
    tcase_add_test(tc, a_pointer_inside_a_block_is_refused);
    tcase_add_test(tc, a_use_after_free_inside_a_pool_is_caught);
#endif
    suite_add_tcase(s, tc);
    return s;
}
