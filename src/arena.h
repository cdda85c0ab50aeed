/* arena.h: arenas, ARENA_SIZE bytes mapped from the system and cut into
 * pools, kept in the order that lets empty ones go back.  Chapter 6.
 * CPython: struct arena_object and its lists in Objects/obmalloc.c (3.11). */
#ifndef GC_ARENA_H
#define GC_ARENA_H

#include <stddef.h>
#include <stdint.h>

#include "pool.h"

/* 1 MiB arenas, as CPython's since 3.10 (256 KiB before). */
#define ARENA_BITS 20
#define ARENA_SIZE ((size_t)1 << ARENA_BITS)
#define ARENA_SIZE_MASK (ARENA_SIZE - 1)
#define MAX_POOLS_IN_ARENA (ARENA_SIZE / POOL_SIZE)

/* The record of one arena.  The records live in the array `arenas`; a
 * record whose address is 0 has no arena and waits in unused_arena_objects.
 *
 * Invariant: usable_arenas links, through nextarena and prevarena, every
 * arena with at least one empty pool, sorted by nfreepools, fewest first:
 * the fullest arena serves the next pool, so that the emptiest ones can
 * drain and go back to the system.  nfp2lasta[n] is the last arena of that
 * list with n free pools, or NULL if none has n. */
struct arena_object {
    uintptr_t address;       /* the mapping, or 0 if none */
    block *pool_address;     /* the next pool never carved from the arena */
    unsigned nfreepools;     /* empty pools: in freepools or never carved */
    unsigned ntotalpools;    /* pools the arena holds */
    poolp freepools;         /* empty pools once used, linked by nextpool */
    struct arena_object *nextarena;
    struct arena_object *prevarena;
};

/* The first pool of ao: its address rounded up to POOL_SIZE. */
static inline block *arena_first_pool(const struct arena_object *ao)
{
    return (block *)((ao->address + POOL_SIZE_MASK) & ~(uintptr_t)POOL_SIZE_MASK);
}

extern struct arena_object *arenas;
extern unsigned maxarenas;
extern struct arena_object *usable_arenas;
extern struct arena_object *nfp2lasta[MAX_POOLS_IN_ARENA + 1];
extern size_t narenas_currently_allocated;
extern size_t ntimes_arena_allocated;
extern size_t narenas_highwater;

/* An empty pool from the fullest usable arena (a new arena if none is
 * usable), its arenaindex set.  Its szidx is the class it last served, or
 * DUMMY_SIZE_IDX if it never served one; its blocks are the caller's to
 * set up.  NULL if the system has no memory left. */
poolp arena_take_pool(void);

/* pool has become empty: give it back to its arena, which moves along
 * usable_arenas to keep the order, or goes back to the system if it is now
 * wholly empty and not the only usable arena. */
void arena_return_pool(poolp pool);

#endif
