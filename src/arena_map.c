/* arena_map.c: whether an address lies in one of our arenas.  Chapter 6.
 * CPython: arena_map_mark_used and arena_map_is_used in Objects/obmalloc.c
 * (3.10+), a radix tree of three levels; two are enough here.
 *
 * object_free is handed pointers from pools and pointers from malloc, and
 * must tell them apart without reading the memory (a malloc'd block may be
 * smaller than a pool header).  The map answers from the address alone.
 *
 * Addresses are cut into ARENA_SIZE-aligned chunks.  The system maps an
 * arena at any page boundary, so an arena starting at offset `tail` of one
 * chunk covers that chunk from tail up and the next chunk below tail.  Each
 * chunk records both: tail_hi, where an arena starting in it begins (-1 for
 * offset 0, 0 for none), and tail_lo, where the arena from the chunk below
 * ends (0 for none).  Invariant: arenas never overlap, so one pair per chunk
 * says it all. */
#include "arena_map.h"

#include <stdlib.h>

#include "arena.h"

/* The addresses a process gets from mmap on a 64-bit machine: 48 bits. */
#define ADDRESS_BITS 48
#define MAP_BITS (ADDRESS_BITS - ARENA_BITS)
#define MAP_BOT_BITS (MAP_BITS / 2)
#define MAP_ROOT_BITS (MAP_BITS - MAP_BOT_BITS)
#define MAP_BOT_LENGTH ((size_t)1 << MAP_BOT_BITS)
#define MAP_ROOT_LENGTH ((size_t)1 << MAP_ROOT_BITS)
#define MAP_BOT_MASK (MAP_BOT_LENGTH - 1)

_Static_assert(sizeof(void *) == 8, "the arena map assumes 64-bit addresses");
_Static_assert(ARENA_SIZE <= INT32_MAX, "tails must fit in an int32_t");

struct arena_coverage {
    int32_t tail_hi;
    int32_t tail_lo;
};

typedef struct arena_map_bot {
    struct arena_coverage arenas[MAP_BOT_LENGTH];
} arena_map_bot_t;

static arena_map_bot_t *arena_map_root[MAP_ROOT_LENGTH];
static size_t arena_map_bot_count_;

static size_t map_root_index(uintptr_t p)
{
    return (size_t)(p >> (ARENA_BITS + MAP_BOT_BITS));
}

static size_t map_bot_index(uintptr_t p)
{
    return (size_t)(p >> ARENA_BITS) & MAP_BOT_MASK;
}

/* The coverage record of p's chunk, or NULL if there is none; create makes
 * the bottom node if it is missing (NULL if that fails). */
static struct arena_coverage *arena_map_get(uintptr_t p, bool create)
{
    if (p >> ADDRESS_BITS)
        return NULL;
    arena_map_bot_t **bot = &arena_map_root[map_root_index(p)];
    if (*bot == NULL) {
        if (!create)
            return NULL;
        *bot = calloc(1, sizeof **bot);
        if (*bot == NULL)
            return NULL;
        arena_map_bot_count_++;
    }
    return &(*bot)->arenas[map_bot_index(p)];
}

bool arena_map_mark_used(uintptr_t arena_base, bool is_used)
{
    struct arena_coverage *hi = arena_map_get(arena_base, is_used);
    if (hi == NULL)
        return !is_used;
    int32_t tail = (int32_t)(arena_base & ARENA_SIZE_MASK);
    if (tail == 0) {
        hi->tail_hi = is_used ? -1 : 0;
        return true;
    }
    struct arena_coverage *lo = arena_map_get(arena_base + ARENA_SIZE, is_used);
    if (lo == NULL)
        return !is_used;
    hi->tail_hi = is_used ? tail : 0;
    lo->tail_lo = is_used ? tail : 0;
    return true;
}

bool address_in_range(const void *p)
{
    const struct arena_coverage *c = arena_map_get((uintptr_t)p, false);
    if (c == NULL)
        return false;
    int32_t tail = (int32_t)((uintptr_t)p & ARENA_SIZE_MASK);
    return tail < c->tail_lo || (c->tail_hi != 0 && tail >= c->tail_hi);
}

size_t arena_map_bot_count(void)
{
    return arena_map_bot_count_;
}

size_t arena_map_bytes(void)
{
    return sizeof arena_map_root + arena_map_bot_count_ * sizeof(arena_map_bot_t);
}
