/* pool_map.c: chapter 6's figures, drawn from the allocator's real state.
 * `pool_map --dot pool` draws one pool after six 448-byte blocks were
 * handed out and two of them freed, with its free list; `pool_map --dot
 * arenas` draws usable_arenas after three full arenas have had some of
 * their pools emptied.  Without arguments it prints both in words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "obmalloc.h"
#include "poison.h"
#include "pool.h"
#include "runtime.h"

/* A size class no object of the runtime uses: its first block starts a
 * pool of its own. */
#define BLOCK_BYTES 448
#define HANDED_OUT 6
#define DRAWN_BLOCKS 8
/* Which of the six are freed, in this order. */
static const int FREED[] = {1, 4};
#define NFREED (sizeof FREED / sizeof FREED[0])
/* The pools emptied in each of three full arenas. */
static const unsigned EMPTIED[] = {3, 1, 2};
#define NARENAS (sizeof EMPTIED / sizeof EMPTIED[0])

static int block_number(poolp pool, const block *bp)
{
    return (int)((size_t)(bp - (block *)pool - POOL_OVERHEAD) / BLOCK_BYTES);
}

static const char *block_state(poolp pool, int i, void *const blocks[])
{
    block *bp = (block *)pool + POOL_OVERHEAD + (size_t)i * BLOCK_BYTES;
    if (bp >= (block *)pool + pool->nextoffset)
        return "never used";
    return i < HANDED_OUT && blocks[i] != NULL ? "in use" : "free";
}

static void show_pool(bool dot, poolp pool, void *const blocks[])
{
    if (dot) {
        printf("digraph pool {\n  rankdir=LR;\n  node [fontname=\"monospace\"];\n"
               "  pool [shape=record, label=\"header");
        for (int i = 0; i < DRAWN_BLOCKS; i++)
            printf("|<b%d> %d: %s", i, i, block_state(pool, i, blocks));
        printf("|...\"];\n  freeblock [shape=plaintext];\n  freeblock -> pool:b%d;\n",
               block_number(pool, pool->freeblock));
    } else {
        printf("a pool of %d-byte blocks, %u handed out:\n", BLOCK_BYTES, pool->count);
        for (int i = 0; i < DRAWN_BLOCKS; i++)
            printf("  block %d: %s\n", i, block_state(pool, i, blocks));
        printf("  free list: freeblock");
    }
    for (block *bp = pool->freeblock; bp != NULL;) {
        block *next = free_link_get(bp);
        if (dot && next != NULL)
            printf("  pool:b%d -> pool:b%d;\n", block_number(pool, bp), block_number(pool, next));
        else if (!dot)
            printf(" -> %d", block_number(pool, bp));
        bp = next;
    }
    printf(dot ? "}\n" : "\n");
}

static void pool_state(bool dot)
{
    void *blocks[HANDED_OUT];
    for (int i = 0; i < HANDED_OUT; i++)
        blocks[i] = object_malloc(BLOCK_BYTES);
    for (size_t i = 0; i < NFREED; i++) {
        object_free(blocks[FREED[i]]);
        blocks[FREED[i]] = NULL;
    }
    show_pool(dot, (poolp)((uintptr_t)blocks[0] & ~(uintptr_t)POOL_SIZE_MASK), blocks);
    for (int i = 0; i < HANDED_OUT; i++)
        object_free(blocks[i]);
}

static void show_arenas(bool dot)
{
    if (dot)
        printf("digraph arenas {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n"
               "  usable_arenas [shape=plaintext];\n");
    else
        printf("usable_arenas, fullest first:\n");
    char from[32] = "usable_arenas", name[32];
    for (struct arena_object *ao = usable_arenas; ao != NULL; ao = ao->nextarena) {
        unsigned index = (unsigned)(ao - arenas);
        if (dot) {
            snprintf(name, sizeof name, "arena%u", index);
            printf("  %s [label=\"arena %u\\n%u of %u pools free\"];\n  %s -> %s;\n",
                   name, index, ao->nfreepools, ao->ntotalpools, from, name);
            strcpy(from, name);
        } else {
            printf("  arena %u: %u of %u pools free%s\n", index, ao->nfreepools,
                   ao->ntotalpools, nfp2lasta[ao->nfreepools] == ao ? " (nfp2lasta)" : "");
        }
    }
    if (dot)
        printf("}\n");
}

static struct arena_object *arena_of(void *p)
{
    return &arenas[((poolp)((uintptr_t)p & ~(uintptr_t)POOL_SIZE_MASK))->arenaindex];
}

/* Fill NARENAS + 1 arenas with blocks, then empty EMPTIED[k] pools of the
 * k-th arena that the blocks fill wholly: blocks fill a pool before the
 * next, so an arena's first blocks fill its first pools. */
static void arena_state(bool dot)
{
    size_t per_pool = (POOL_SIZE - POOL_OVERHEAD) / BLOCK_BYTES;
    size_t n = (NARENAS + 1) * MAX_POOLS_IN_ARENA * per_pool;
    void **blocks = malloc(n * sizeof *blocks);
    if (blocks == NULL)
        fatal_out_of_memory("in pool_map");
    for (size_t i = 0; i < n; i++)
        blocks[i] = object_malloc(BLOCK_BYTES);
    struct arena_object *emptied = NULL;
    size_t k = 0;
    for (size_t i = 0; i < n && k < NARENAS; i++) {
        if (blocks[i] == NULL)
            continue;
        struct arena_object *ao = arena_of(blocks[i]);
        if (ao->nfreepools != 0 || ao == emptied)
            continue;
        size_t to_free = EMPTIED[k++] * per_pool;
        for (size_t j = i; j < n && to_free > 0; j++) {
            if (blocks[j] != NULL && arena_of(blocks[j]) == ao) {
                object_free(blocks[j]);
                blocks[j] = NULL;
                to_free--;
            }
        }
        emptied = ao;
    }
    show_arenas(dot);
    for (size_t i = 0; i < n; i++)
        object_free(blocks[i]);
    free(blocks);
}

int main(int argc, char **argv)
{
    if (!WITH_PYMALLOC) { /* make PYMALLOC=0: every request goes to malloc */
        puts("pool_map: built without the small-object allocator, so there is no pool to draw");
        return 0;
    }
    bool dot = argc > 2 && strcmp(argv[1], "--dot") == 0;
    const char *what = dot ? argv[2] : NULL;
    if (what == NULL || strcmp(what, "pool") == 0)
        pool_state(dot);
    if (what == NULL || strcmp(what, "arenas") == 0)
        arena_state(dot);
    return obmalloc_allocated_blocks() == 0 ? 0 : 1;
}
