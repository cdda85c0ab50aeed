/* poison.h: telling AddressSanitizer and valgrind which of the allocator's
 * blocks are free.  Chapter 6.  CPython steps aside instead: built
 * --with-valgrind, pymalloc_alloc passes every request to malloc under
 * valgrind, and PYTHONMALLOC=malloc does it for the sanitizers.  Here the
 * allocator tells them, so that those builds test the allocator they run
 * on.
 *
 * Poisoned memory is memory no one may touch: a free block, a pool's
 * blocks before they are handed out.  The allocator itself still reads and
 * writes the link in a free block's first word, through free_link_get and
 * free_link_set, which lift the poison for that word only.  Valgrind is
 * told in debug builds (the ones `make valgrind` runs), AddressSanitizer
 * in its own build; in a release build all of this compiles to nothing. */
#ifndef GC_POISON_H
#define GC_POISON_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "pool.h"

#if defined(__SANITIZE_ADDRESS__)
#define WITH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WITH_ASAN 1
#endif
#endif

#if defined(WITH_ASAN)
#include <sanitizer/asan_interface.h>
#endif
#if !defined(NDEBUG) && !defined(WITH_ASAN) && __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define WITH_VALGRIND 1
#endif

/* Valgrind's name for our blocks, one memory pool for all of them: any
 * address of ours will do, and the record array's is one. */
#define VALGRIND_POOL_ANCHOR (&arenas)

/* Called once, before the first arena is mapped. */
static inline void poison_setup(void)
{
#if defined(WITH_VALGRIND)
    VALGRIND_CREATE_MEMPOOL(VALGRIND_POOL_ANCHOR, 0, 0);
#endif
}

static inline void poison_memory(void *p, size_t size)
{
#if defined(WITH_ASAN)
    ASAN_POISON_MEMORY_REGION(p, size);
#elif defined(WITH_VALGRIND)
    VALGRIND_MAKE_MEM_NOACCESS(p, size);
#endif
    (void)p, (void)size;
}

static inline void unpoison_memory(void *p, size_t size)
{
#if defined(WITH_ASAN)
    ASAN_UNPOISON_MEMORY_REGION(p, size);
#elif defined(WITH_VALGRIND)
    VALGRIND_MAKE_MEM_DEFINED(p, size);
#endif
    (void)p, (void)size;
}

/* The block at bp, size bytes, is handed out / given back. */
static inline void poison_block_allocated(block *bp, size_t size)
{
#if defined(WITH_ASAN)
    ASAN_UNPOISON_MEMORY_REGION(bp, size);
#elif defined(WITH_VALGRIND)
    VALGRIND_MEMPOOL_ALLOC(VALGRIND_POOL_ANCHOR, bp, size);
#endif
    (void)bp, (void)size;
}

static inline void poison_block_freed(block *bp, size_t size)
{
#if defined(WITH_ASAN)
    ASAN_POISON_MEMORY_REGION(bp, size);
#elif defined(WITH_VALGRIND)
    VALGRIND_MEMPOOL_FREE(VALGRIND_POOL_ANCHOR, bp);
#endif
    (void)bp, (void)size;
}

/* The link in the first word of the free block bp. */
static inline block *free_link_get(block *bp)
{
    unpoison_memory(bp, sizeof(block *));
    block *next = *(block **)bp;
    poison_memory(bp, sizeof(block *));
    return next;
}

static inline void free_link_set(block *bp, block *next)
{
    unpoison_memory(bp, sizeof(block *));
    *(block **)bp = next;
    poison_memory(bp, sizeof(block *));
}

/* What a sanitizer says of the block at bp: poisoned or not, or nothing
 * when none runs (and the caller must find out by itself). */
enum poison_answer { POISON_UNTRACKED, POISON_YES, POISON_NO };

static inline enum poison_answer poison_of(const block *bp)
{
#if defined(WITH_ASAN)
    return __asan_address_is_poisoned(bp) ? POISON_YES : POISON_NO;
#elif defined(WITH_VALGRIND)
    if (!RUNNING_ON_VALGRIND)
        return POISON_UNTRACKED;
    /* Memcheck answers 3 for memory that is not addressable, and reports
     * no error for asking. */
    unsigned char vbits;
    return VALGRIND_GET_VBITS(bp, &vbits, 1) == 3 ? POISON_YES : POISON_NO;
#else
    (void)bp;
    return POISON_UNTRACKED;
#endif
}

#endif
