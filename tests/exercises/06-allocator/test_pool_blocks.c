/* Graded tests of the chapter 6 exercise pool_blocks
 * (exercises/06-allocator/pool_blocks.c).
 *
 * Each test gives the student's functions a pool of its own, POOL_SIZE
 * bytes aligned to POOL_SIZE, of a size class drawn at random
 * (random_inputs.h), and checks every block against the layout computed
 * here. */
#include "graded.h"

#include "obmalloc.h"
#include "pool.h"
#include "random_inputs.h"

STUDENT_WRITES void my_pool_init(poolp pool, unsigned szidx);
STUDENT_WRITES void *my_pool_alloc(poolp pool);
STUDENT_WRITES void my_pool_free(poolp pool, void *p);

/* What the test fills a pool with before my_pool_init. */
#define UNTOUCHED 0xAB
#define MAX_BLOCKS ((POOL_SIZE - POOL_OVERHEAD) / ALIGNMENT)

static void pool_blocks_is_defined(void)
{
    ck_assert_defined(my_pool_init);
    ck_assert_defined(my_pool_alloc);
    ck_assert_defined(my_pool_free);
}

static poolp pool;
static unsigned szidx;
static size_t size, nblocks;

/* A pool of a random class, every byte UNTOUCHED, set up by the student. */
static void new_pool(void)
{
    pool = aligned_alloc(POOL_SIZE, POOL_SIZE);
    ck_assert_ptr_nonnull(pool);
    memset(pool, UNTOUCHED, POOL_SIZE);
    szidx = (unsigned)random_between(0, NB_SMALL_SIZE_CLASSES - 1);
    size = INDEX2SIZE(szidx);
    nblocks = (POOL_SIZE - POOL_OVERHEAD) / size;
    my_pool_init(pool, szidx);
}

static void *nth_block(size_t i)
{
    return (block *)pool + POOL_OVERHEAD + i * size;
}

static void *must_alloc(void)
{
    void *p = my_pool_alloc(pool);
    ck_assert_msg(p != NULL, "my_pool_alloc returned NULL from a pool of "
                  "%zu-byte blocks with %u handed out of %zu (%s)", size,
                  pool->count, nblocks, replay());
    return p;
}

START_TEST(a_fresh_pool_hands_out_its_blocks_in_address_order)
{
    new_pool();
    size_t k = (size_t)random_between(2, (long)nblocks);
    for (size_t i = 0; i < k; i++) {
        void *p = must_alloc();
        ck_assert_msg(p == nth_block(i), "block %zu of a fresh pool of %zu-byte "
                      "blocks is at offset %td, expected %zu (%s)", i, size,
                      (block *)p - (block *)pool, POOL_OVERHEAD + i * size, replay());
    }
    ck_assert_msg(pool->count == k, "count is %u after %zu blocks handed out",
                  pool->count, k);
    ck_assert_uint_eq(pool->szidx, szidx);
    free(pool);
}
END_TEST

START_TEST(a_full_pool_hands_out_nothing)
{
    new_pool();
    for (size_t i = 0; i < nblocks; i++)
        ck_assert_ptr_eq(must_alloc(), nth_block(i));
    ck_assert_msg(my_pool_alloc(pool) == NULL, "a pool of %zu-byte blocks "
                  "handed out more than its %zu blocks (%s)", size, nblocks, replay());
    ck_assert_uint_eq(pool->count, nblocks);
    free(pool);
}
END_TEST

START_TEST(the_block_freed_last_is_handed_out_first)
{
    new_pool();
    size_t k = (size_t)random_between(3, (long)nblocks);
    void *blocks[MAX_BLOCKS];
    for (size_t i = 0; i < k; i++)
        blocks[i] = must_alloc();
    /* Free a random selection, in a random order. */
    size_t order[MAX_BLOCKS], nfreed = (size_t)random_between(1, (long)k);
    for (size_t i = 0; i < k; i++)
        order[i] = i;
    for (size_t i = 0; i < nfreed; i++) {
        size_t j = i + (size_t)random_between(0, (long)(k - 1 - i));
        size_t swap = order[i];
        order[i] = order[j];
        order[j] = swap;
        my_pool_free(pool, blocks[order[i]]);
    }
    ck_assert_uint_eq(pool->count, k - nfreed);
    for (size_t i = nfreed; i-- > 0;) {
        void *p = must_alloc();
        ck_assert_msg(p == blocks[order[i]], "after freeing blocks, the next "
                      "one handed out is not the block freed last (%s)", replay());
    }
    if (k < nblocks)
        ck_assert_msg(must_alloc() == nth_block(k), "once the freed blocks are "
                      "handed out again, the next is the first never used");
    free(pool);
}
END_TEST

START_TEST(a_pool_never_touches_blocks_it_has_not_handed_out)
{
    new_pool();
    size_t k = (size_t)random_between(1, (long)nblocks - 2);
    for (size_t i = 0; i < k; i++)
        must_alloc();
    /* Block k is the list's head, with its link; the ones after it are as
     * the test left them. */
    const block *rest = nth_block(k + 1);
    for (const block *b = rest; b < (block *)pool + POOL_SIZE; b++)
        ck_assert_msg(*b == UNTOUCHED, "after %zu blocks handed out, the byte "
                      "at offset %td was written: a block not yet handed out "
                      "(%s)", k, b - (block *)pool, replay());
    free(pool);
}
END_TEST

START_TEST(a_block_in_use_is_never_handed_out_twice)
{
    new_pool();
    bool in_use[MAX_BLOCKS] = {false};
    void *blocks[MAX_BLOCKS];
    size_t live = 0;
    for (int step = 0; step < 2000; step++) {
        if (live < nblocks && (live == 0 || random_between(0, 2) > 0)) {
            void *p = must_alloc();
            size_t i = (size_t)((block *)p - (block *)nth_block(0)) / size;
            ck_assert_msg(i < nblocks && p == nth_block(i) && !in_use[i],
                          "my_pool_alloc handed out block %zu, which is in use "
                          "or not a block (%s)", i, replay());
            in_use[i] = true;
            blocks[live++] = p;
        } else {
            size_t j = (size_t)random_between(0, (long)live - 1);
            void *p = blocks[j];
            blocks[j] = blocks[--live];
            in_use[(size_t)((block *)p - (block *)nth_block(0)) / size] = false;
            my_pool_free(pool, p);
        }
        ck_assert_msg(pool->count == live, "count is %u with %zu blocks in use "
                      "(%s)", pool->count, live, replay());
    }
    free(pool);
}
END_TEST

Suite *suite(void)
{
    const Graded graded[] = {
        {a_fresh_pool_hands_out_its_blocks_in_address_order, 2},
        {a_full_pool_hands_out_nothing, 1},
        {the_block_freed_last_is_handed_out_first, 2},
        {a_pool_never_touches_blocks_it_has_not_handed_out, 1},
        {a_block_in_use_is_never_handed_out_twice, 2},
    };
    return graded_suite("pool_blocks", graded, GRADED_COUNT(graded),
                        pool_blocks_is_defined);
}
