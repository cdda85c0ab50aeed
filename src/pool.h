/* pool.h: a pool, POOL_SIZE bytes of blocks of one size class, with its
 * header at the start.  Chapter 6.  CPython: struct pool_header in
 * Objects/obmalloc.c (3.11). */
#ifndef GC_POOL_H
#define GC_POOL_H

#include <stdint.h>

#include "obmalloc.h"

/* 16 KiB pools, as CPython's since 3.10 (4 KiB before). */
#define POOL_BITS 14
#define POOL_SIZE ((size_t)1 << POOL_BITS)
#define POOL_SIZE_MASK (POOL_SIZE - 1)

typedef uint8_t block;

/* Invariant: a pool is in exactly one of three states.
 *   used:  some blocks handed out, some free; it is in usedpools[szidx].
 *   full:  every block handed out; it is in no list.
 *   empty: no block handed out; it is in its arena's freepools list, or
 *          never carved from its arena yet.
 * Free blocks are linked through their first word, starting at freeblock;
 * the blocks past nextoffset were never handed out and are in no list. */
typedef struct pool_header *poolp;
struct pool_header {
    unsigned count;           /* blocks handed out */
    block *freeblock;         /* the first free block, or NULL */
    poolp nextpool;           /* in usedpools, or in the arena's freepools */
    poolp prevpool;           /* in usedpools only */
    unsigned arenaindex;      /* this pool's arena, in arenas[] */
    unsigned szidx;           /* the size class of the blocks */
    unsigned nextoffset;      /* where the next never-used block starts */
    unsigned maxnextoffset;   /* the largest valid nextoffset */
};

/* The header, rounded up so that the first block is aligned. */
#define POOL_OVERHEAD \
    ((sizeof(struct pool_header) + ALIGNMENT - 1) & ~(ALIGNMENT - 1))

/* A pool's szidx before it first serves a size class. */
#define DUMMY_SIZE_IDX 0xffff

/* The pool a block lies in: pools are aligned to POOL_SIZE. */
#define POOL_ADDR(p) ((poolp)((uintptr_t)(p) & ~(uintptr_t)POOL_SIZE_MASK))

#endif
