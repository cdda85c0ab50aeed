/* Chapter 6 exercise pool_blocks.  Hand out and take back the blocks of
 * one pool, as obmalloc.c does.  Graded by
 * tests/exercises/06-allocator/test_pool_blocks.c: run `make grade CH=6`;
 * `make hint EX=pool_blocks` gives a hint at a time.
 *
 * The pool is POOL_SIZE bytes aligned to POOL_SIZE, its struct pool_header
 * (pool.h) at the start, its blocks after the first POOL_OVERHEAD bytes.
 *
 * void my_pool_init(poolp pool, unsigned szidx)
 *
 *   Make the empty pool serve size class szidx: no block handed out, the
 *   first block free, the others never used.  Set count, freeblock,
 *   szidx, nextoffset and maxnextoffset; leave the other fields alone.
 *
 * void *my_pool_alloc(poolp pool)
 *
 *   Hand out a block: the first of the free list, which is linked through
 *   the first word of each free block and starts at freeblock.  When the
 *   list runs out, the next never-used block (the one at nextoffset, if
 *   nextoffset <= maxnextoffset) becomes the list, so that the blocks a
 *   pool has never handed out are never touched.  NULL when the pool is
 *   full.  count is the number of blocks handed out.
 *
 * void my_pool_free(poolp pool, void *p)
 *
 *   Take back the block p, handed out by my_pool_alloc: it becomes the
 *   first of the free list, so that it is the next one handed out.
 *
 * Do not call the allocator's own functions (object_malloc, object_free
 * and their kin); do not edit src/. */
#include <stddef.h>

#include "obmalloc.h"
#include "pool.h"

void my_pool_init(poolp pool, unsigned szidx)
{
    /* TODO: write my_pool_init as specified above. */
    (void)pool, (void)szidx;
}

void *my_pool_alloc(poolp pool)
{
    /* TODO */
    (void)pool;
    return NULL;
}

void my_pool_free(poolp pool, void *p)
{
    /* TODO */
    (void)pool, (void)p;
}
