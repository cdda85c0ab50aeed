/* obmalloc.c: the small-object allocator, blocks in pools.  Chapter 6.
 * CPython: Objects/obmalloc.c (3.11): pymalloc_alloc, pymalloc_free,
 * pymalloc_realloc and the PyObject_Malloc family around them.
 *
 * A request of up to SMALL_REQUEST_THRESHOLD bytes is rounded up to its
 * size class, a multiple of ALIGNMENT, and served from a pool that holds
 * only blocks of that class: no per-block header, no search, and freeing
 * is pushing the block on its pool's free list.  Pools come from arenas
 * (arena.c); larger requests go to malloc. */
#include "obmalloc.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "arena_map.h"
#include "debug.h"
#include "poison.h"
#include "pool.h"
//> 7 include_tracemalloc
#include "tracemalloc.h"
//< 7 include_tracemalloc

/* usedpools[i] lists the used pools of size class i (neither full nor
 * empty), linked by nextpool and prevpool, NULL-terminated.  A block of
 * class i comes from the first of them; only when there is none is a new
 * pool taken.  (CPython overlaps the list heads with fake pool headers to
 * save a test; ours are plain pointers.) */
static poolp usedpools[NB_SMALL_SIZE_CLASSES];

/* Blocks of more than SMALL_REQUEST_THRESHOLD bytes handed out by malloc
 * on our behalf, for obmalloc_allocated_blocks. */
static size_t raw_allocated_blocks;

/* Put pool first in the used pools of its class. */
static void insert_to_usedpool(poolp pool)
{
    poolp next = usedpools[pool->szidx];
    pool->nextpool = next;
    pool->prevpool = NULL;
    if (next != NULL)
        next->prevpool = pool;
    usedpools[pool->szidx] = pool;
}

static void remove_from_usedpools(poolp pool)
{
    if (pool->prevpool == NULL)
        usedpools[pool->szidx] = pool->nextpool;
    else
        pool->prevpool->nextpool = pool->nextpool;
    if (pool->nextpool != NULL)
        pool->nextpool->prevpool = pool->prevpool;
}

/* pool's free list has run out: carve its next never-used block, or, if
 * none is left, the pool is full and leaves usedpools.  The never-used
 * blocks are carved one at a time, so that a pool costs the system only
 * the pages its blocks have touched. */
static void pymalloc_pool_extend(poolp pool)
{
    if (pool->nextoffset <= pool->maxnextoffset) {
        pool->freeblock = (block *)pool + pool->nextoffset;
        pool->nextoffset += (unsigned)INDEX2SIZE(pool->szidx);
        free_link_set(pool->freeblock, NULL);
        return;
    }
    remove_from_usedpools(pool);
}

/* Hand out pool's first free block.  Precondition: pool is used, so its
 * freeblock is not NULL. */
static block *pool_take_block(poolp pool)
{
    block *bp = pool->freeblock;
    pool->count++;
    pool->freeblock = free_link_get(bp);
    if (pool->freeblock == NULL)
        pymalloc_pool_extend(pool);
    poison_block_allocated(bp, INDEX2SIZE(pool->szidx));
    return bp;
}

/* Make an empty pool serve size class size: one free block, the first,
 * and the rest never used. */
static void init_pool(poolp pool, unsigned size)
{
    pool->szidx = size;
    pool->count = 0;
    pool->freeblock = (block *)pool + POOL_OVERHEAD;
    free_link_set(pool->freeblock, NULL);
    pool->nextoffset = (unsigned)(POOL_OVERHEAD + INDEX2SIZE(size));
    pool->maxnextoffset = (unsigned)(POOL_SIZE - INDEX2SIZE(size));
}

/* No used pool of class size: take an empty one from the arenas. */
static block *allocate_from_new_pool(unsigned size)
{
    poolp pool = arena_take_pool();
    if (pool == NULL)
        return NULL;
    /* A pool that last served this class still has its free list. */
    if (pool->szidx != size)
        init_pool(pool, size);
    insert_to_usedpool(pool);
    return pool_take_block(pool);
}

/* A block of at least nbytes, or NULL if nbytes is not small (or no arena
 * could be mapped): the caller then asks malloc. */
static void *pymalloc_alloc(size_t nbytes)
{
    if (nbytes == 0 || nbytes > SMALL_REQUEST_THRESHOLD)
        return NULL;
    unsigned size = (unsigned)SIZE2INDEX(nbytes);
    poolp pool = usedpools[size];
    if (pool != NULL)
        return pool_take_block(pool);
    return allocate_from_new_pool(size);
}

#ifndef NDEBUG

/* What a debug build fills a free block with past its link, so that a
 * read of freed memory shows (CPython's debug hooks: PYMEM_DEADBYTE). */
#define DEADBYTE 0xDD

/* Whether bp, a block of pool, is on its free list or was never used. */
static bool block_is_free(poolp pool, const block *bp)
{
    enum poison_answer poisoned = poison_of(bp);
    if (poisoned != POISON_UNTRACKED)
        return poisoned == POISON_YES;
    if (bp >= (const block *)pool + pool->nextoffset)
        return true;
    size_t size = INDEX2SIZE(pool->szidx);
    /* A live block rarely ends in DEADBYTEs: walk the list only then. */
    for (size_t i = sizeof(block *); i < size; i++)
        if (bp[i] != DEADBYTE)
            return false;
    for (const block *free = pool->freeblock; free != NULL; free = *(block *const *)free)
        if (free == bp)
            return true;
    return false;
}

/* Stop with a clear message if p is not a block that was handed out and
 * not yet freed: a double free, or a pointer into the middle of a block. */
static void check_block_allocated(poolp pool, block *p)
{
    size_t size = INDEX2SIZE(pool->szidx);
    size_t offset = (size_t)(p - (block *)pool);
    if (pool->szidx >= NB_SMALL_SIZE_CLASSES || offset < POOL_OVERHEAD ||
        (offset - POOL_OVERHEAD) % size != 0)
        fatal_argument("object_free", "%p is not the start of a block", (void *)p);
    if (block_is_free(pool, p))
        fatal_argument("object_free", "double free of the %zu-byte block at %p",
                       size, (void *)p);
}

static void fill_dead(block *p, size_t size)
{
    memset(p + sizeof(block *), DEADBYTE, size - sizeof(block *));
}

#else

static void check_block_allocated(poolp pool, block *p)
{
    (void)pool, (void)p;
}

static void fill_dead(block *p, size_t size)
{
    (void)p, (void)size;
}

#endif

/* Give p back to its pool if it is one of our blocks; false if it is
 * malloc's.  A full pool becomes used again, a used one may become empty
 * and go back to its arena. */
static bool pymalloc_free(void *p)
{
    if (!address_in_range(p))
        return false;
    poolp pool = POOL_ADDR(p);
    check_block_allocated(pool, p);
    size_t size = INDEX2SIZE(pool->szidx);
    fill_dead(p, size);
    poison_block_freed(p, size);
    block *lastfree = pool->freeblock;
    free_link_set(p, lastfree);
    pool->freeblock = p;
    pool->count--;
    if (lastfree == NULL) {
        /* It was full, so it is in no list; every class has more than one
         * block per pool, so it is not empty now. */
        insert_to_usedpool(pool);
        return true;
    }
    if (pool->count == 0) {
        remove_from_usedpools(pool);
        arena_return_pool(pool);
    }
    return true;
}

//> 7 untraced_declarations
static void *malloc_untraced(size_t nbytes);
static void free_untraced(void *p);

//< 7 untraced_declarations
/* Resize our block p.  A smaller request keeps the block unless it
 * shrinks by more than a quarter (then the memory is worth the copy). */
static void *pymalloc_realloc(void *p, size_t nbytes)
{
    size_t size = INDEX2SIZE(POOL_ADDR(p)->szidx);
    if (nbytes <= size) {
        if (4 * nbytes > 3 * size)
            return p;
        size = nbytes;
    }
/*< 7 realloc_untraced
    void *bp = object_malloc(nbytes);
    if (bp != NULL) {
        memcpy(bp, p, size);
        object_free(p);
    }
*/
//> 7 realloc_untraced
    void *bp = malloc_untraced(nbytes);
    if (bp != NULL) {
        memcpy(bp, p, size);
        free_untraced(p);
    }
//< 7 realloc_untraced
    return bp;
}

/* malloc with CPython's rule for zero bytes: a distinct pointer. */
static void *raw_malloc(size_t nbytes)
{
    void *p = malloc(nbytes ? nbytes : 1);
    if (p != NULL && WITH_PYMALLOC)
        raw_allocated_blocks++;
    return p;
}

/*< 7 traced_entry_points
void *object_malloc(size_t nbytes)
{
    if (nbytes > PTRDIFF_MAX)
        return NULL;
    if (WITH_PYMALLOC) {
        void *p = pymalloc_alloc(nbytes);
        if (p != NULL)
            return p;
    }
    return raw_malloc(nbytes);
}

void *object_calloc(size_t nelem, size_t elsize)
{
    if (elsize != 0 && nelem > PTRDIFF_MAX / elsize)
        return NULL;
    void *p = object_malloc(nelem * elsize);
    if (p != NULL)
        memset(p, 0, nelem * elsize);
    return p;
}

void *object_realloc(void *p, size_t nbytes)
{
    if (p == NULL)
        return object_malloc(nbytes);
    if (nbytes > PTRDIFF_MAX)
        return NULL;
    if (WITH_PYMALLOC && address_in_range(p))
        return pymalloc_realloc(p, nbytes);
    /\* malloc's block stays malloc's, whatever its new size (as CPython). *\/
    return realloc(p, nbytes ? nbytes : 1);
}

void object_free(void *p)
{
    if (p == NULL)
        return;
    if (WITH_PYMALLOC) {
        if (pymalloc_free(p))
            return;
        raw_allocated_blocks--;
    }
    free(p);
}

*/
//> 7 traced_entry_points
/* The allocator proper.  The entry points below add the tracer's hooks
 * (chapter 7) around it, once per request: a realloc that moves a small
 * block allocates and frees underneath, and those are not the caller's. */
static void *malloc_untraced(size_t nbytes)
{
    if (WITH_PYMALLOC) {
        void *p = pymalloc_alloc(nbytes);
        if (p != NULL)
            return p;
    }
    return raw_malloc(nbytes);
}

static void free_untraced(void *p)
{
    if (WITH_PYMALLOC) {
        if (pymalloc_free(p))
            return;
        raw_allocated_blocks--;
    }
    free(p);
}

static void *realloc_untraced(void *p, size_t nbytes)
{
    if (WITH_PYMALLOC && address_in_range(p))
        return pymalloc_realloc(p, nbytes);
    /* malloc's block stays malloc's, whatever its new size (as CPython). */
    return realloc(p, nbytes ? nbytes : 1);
}

void *object_malloc(size_t nbytes)
{
    if (nbytes > PTRDIFF_MAX)
        return NULL;
    void *p = malloc_untraced(nbytes);
    if (p != NULL && tracemalloc_tracing)
        tracemalloc_on_alloc(p, nbytes);
    return p;
}

void *object_realloc(void *p, size_t nbytes)
{
    if (p == NULL)
        return object_malloc(nbytes);
    if (nbytes > PTRDIFF_MAX)
        return NULL;
    void *moved = realloc_untraced(p, nbytes);
    /* On failure p is untouched, and so is its trace. */
    if (moved != NULL && tracemalloc_tracing)
        tracemalloc_on_realloc(p, moved, nbytes);
    return moved;
}

void object_free(void *p)
{
    if (p == NULL)
        return;
    if (tracemalloc_tracing)
        tracemalloc_on_free(p);
    free_untraced(p);
}

void *object_calloc(size_t nelem, size_t elsize)
{
    if (elsize != 0 && nelem > PTRDIFF_MAX / elsize)
        return NULL;
    void *p = object_malloc(nelem * elsize);
    if (p != NULL)
        memset(p, 0, nelem * elsize);
    return p;
}

//< 7 traced_entry_points
size_t obmalloc_allocated_blocks(void)
{
    size_t n = raw_allocated_blocks;
    for (unsigned i = 0; i < maxarenas; i++) {
        const struct arena_object *ao = &arenas[i];
        if (ao->address == 0)
            continue;
        for (block *p = arena_first_pool(ao); p < ao->pool_address; p += POOL_SIZE)
            n += ((poolp)p)->count;
    }
    return n;
}
