/* arena.c: arenas, and the order that lets empty ones go back to the
 * system.  Chapter 6.  CPython: new_arena, allocate_from_new_pool and
 * insert_to_freepool in Objects/obmalloc.c (3.11).
 *
 * An arena is ARENA_SIZE bytes mapped with mmap and cut into pools as they
 * are needed.  It can be unmapped only when every one of its pools is
 * empty, so where the next pool comes from decides how much memory a
 * program can ever give back: pools are always taken from the fullest
 * usable arena, and the emptiest arenas are left to drain. */
/* mmap's MAP_ANONYMOUS is not in POSIX 2008, which -std=c11 leaves us. */
#define _DEFAULT_SOURCE
#include "arena.h"

#include <stdlib.h>
#include <sys/mman.h>

#include "arena_map.h"
#include "debug.h"
#include "poison.h"

/* The record array starts with room for this many arenas, and doubles. */
#define INITIAL_ARENA_OBJECTS 16

struct arena_object *arenas;
unsigned maxarenas;
struct arena_object *usable_arenas;
struct arena_object *nfp2lasta[MAX_POOLS_IN_ARENA + 1];
size_t narenas_currently_allocated;
size_t ntimes_arena_allocated;
size_t narenas_highwater;

/* Records with no arena, linked by nextarena (prevarena unused). */
static struct arena_object *unused_arena_objects;

/* Double the record array, and link the new records as unused.
 * Precondition: no record is unused and usable_arenas is empty, so that
 * nothing points into the array that realloc may move. */
static bool grow_arena_objects(void)
{
    unsigned numarenas = maxarenas ? maxarenas * 2 : INITIAL_ARENA_OBJECTS;
    if (numarenas <= maxarenas) /* the count wrapped around */
        return false;
    struct arena_object *grown = realloc(arenas, numarenas * sizeof *arenas);
    if (grown == NULL)
        return false;
    arenas = grown;
    for (unsigned i = maxarenas; i < numarenas; i++) {
        arenas[i].address = 0;
        arenas[i].nextarena = i + 1 < numarenas ? &arenas[i + 1] : NULL;
    }
    unused_arena_objects = &arenas[maxarenas];
    maxarenas = numarenas;
    return true;
}

/* Map a new arena and make it the only usable one.
 * Precondition: usable_arenas is empty (every mapped arena is full). */
static struct arena_object *new_arena(void)
{
    if (unused_arena_objects == NULL && !grow_arena_objects())
        return NULL;
    void *address = mmap(NULL, ARENA_SIZE, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (address == MAP_FAILED)
        return NULL;
    if (ntimes_arena_allocated == 0)
        poison_setup();
    struct arena_object *ao = unused_arena_objects;
    ao->address = (uintptr_t)address;
    if (!arena_map_mark_used(ao->address, true)) {
        munmap(address, ARENA_SIZE);
        ao->address = 0;
        return NULL;
    }
    unused_arena_objects = ao->nextarena;
    /* mmap aligns to a page, pools need POOL_SIZE: the part before the
     * first aligned pool is lost, and with it one pool. */
    ao->pool_address = arena_first_pool(ao);
    ao->nfreepools = MAX_POOLS_IN_ARENA;
    if ((uintptr_t)ao->pool_address != ao->address)
        ao->nfreepools--;
    ao->ntotalpools = ao->nfreepools;
    ao->freepools = NULL;
    ao->nextarena = ao->prevarena = NULL;
    poison_memory(ao->pool_address, ao->nfreepools * POOL_SIZE);
    narenas_currently_allocated++;
    ntimes_arena_allocated++;
    if (narenas_currently_allocated > narenas_highwater)
        narenas_highwater = narenas_currently_allocated;
    usable_arenas = nfp2lasta[ao->nfreepools] = ao;
    return ao;
}

/* Unlink ao from usable_arenas. */
static void unlink_arena(struct arena_object *ao)
{
    if (ao->prevarena == NULL)
        usable_arenas = ao->nextarena;
    else
        ao->prevarena->nextarena = ao->nextarena;
    if (ao->nextarena != NULL)
        ao->nextarena->prevarena = ao->prevarena;
}

/* Link ao into usable_arenas right after prev (at the head if NULL). */
static void link_arena_after(struct arena_object *ao, struct arena_object *prev)
{
    ao->prevarena = prev;
    ao->nextarena = prev ? prev->nextarena : usable_arenas;
    if (ao->nextarena != NULL)
        ao->nextarena->prevarena = ao;
    if (prev == NULL)
        usable_arenas = ao;
    else
        prev->nextarena = ao;
}

/* ao's count of free pools is about to change from nf: if ao was the last
 * arena with nf, the one before it is now, if it has nf too. */
static void leave_nfp2lasta(struct arena_object *ao, unsigned nf)
{
    if (nfp2lasta[nf] == ao) {
        struct arena_object *p = ao->prevarena;
        nfp2lasta[nf] = p != NULL && p->nfreepools == nf ? p : NULL;
    }
}

/* Unmap ao, which is wholly empty, and make its record unused. */
static void free_arena(struct arena_object *ao)
{
    unlink_arena(ao);
    arena_map_mark_used(ao->address, false);
    unpoison_memory((void *)ao->address, ARENA_SIZE);
    munmap((void *)ao->address, ARENA_SIZE);
    ao->address = 0;
    ao->nextarena = unused_arena_objects;
    unused_arena_objects = ao;
    narenas_currently_allocated--;
}

poolp arena_take_pool(void)
{
    if (usable_arenas == NULL && new_arena() == NULL)
        return NULL;
    /* The head of usable_arenas is the fullest arena with a free pool. */
    struct arena_object *ao = usable_arenas;
    leave_nfp2lasta(ao, ao->nfreepools);
    if (--ao->nfreepools == 0) {
        /* Now full: it leaves the list, where it was first. */
        usable_arenas = ao->nextarena;
        if (usable_arenas != NULL)
            usable_arenas->prevarena = NULL;
    } else {
        /* It had the fewest free pools, so with one fewer it stays at the
         * head, the only arena of its new count. */
        nfp2lasta[ao->nfreepools] = ao;
    }
    poolp pool = ao->freepools;
    if (pool != NULL) {
        unpoison_memory(pool, POOL_OVERHEAD);
        ao->freepools = pool->nextpool;
        return pool;
    }
    /* No pool to reuse: carve the next one. */
    pool = (poolp)ao->pool_address;
    ao->pool_address += POOL_SIZE;
    unpoison_memory(pool, POOL_OVERHEAD);
    pool->arenaindex = (unsigned)(ao - arenas);
    pool->szidx = DUMMY_SIZE_IDX;
    return pool;
}

void arena_return_pool(poolp pool)
{
    struct arena_object *ao = &arenas[pool->arenaindex];
    pool->nextpool = ao->freepools;
    ao->freepools = pool;
    unsigned nf = ao->nfreepools;
    /* Where ao must go: after the last arena with its old count. */
    struct arena_object *lastnf = nfp2lasta[nf];
    leave_nfp2lasta(ao, nf);
    ao->nfreepools = ++nf;
    if (nf == ao->ntotalpools && ao->nextarena != NULL) {
        /* Wholly empty: back to the system, unless it ends usable_arenas
         * (the emptiest arena is kept, so that a loop that allocates and frees one object
         * does not map and unmap an arena each time: bpo-37257). */
        free_arena(ao);
        return;
    }
    if (nf == 1) {
        /* It was full and in no list: it goes first, as the fullest. */
        link_arena_after(ao, NULL);
        if (nfp2lasta[1] == NULL)
            nfp2lasta[1] = ao;
        return;
    }
    if (nfp2lasta[nf] == NULL)
        nfp2lasta[nf] = ao;
    if (ao == lastnf)
        return; /* already after every arena with fewer free pools */
    /* Slide right, past the arenas that still have nf - 1 free pools. */
    unlink_arena(ao);
    link_arena_after(ao, lastnf);
}
