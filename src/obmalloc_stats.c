/* obmalloc_stats.c: the allocator's report, where the bytes of the arenas
 * went.  Chapter 6.  CPython: _PyObject_DebugMallocStats in
 * Objects/obmalloc.c, printed by sys._debugmallocstats() (3.11's layout).
 *
 * Every byte of every arena is in exactly one of six places: a block
 * handed out, a free block of a used pool, an empty pool, a pool header,
 * the tail of a pool too short for one more block (quantization), or the
 * part of an arena before its first aligned pool.  The report adds them
 * up, and the total is the arenas' size. */
#include "obmalloc.h"

#include <stdio.h>

#include "arena.h"
#include "arena_map.h"
#include "pool.h"

/* Where the name of a line ends and its value begins, as CPython's. */
#define NAME_WIDTH 35
#define VALUE_WIDTH 21
#define LINE_MAX 128

/* Print "name = value", the value with thousands separated by commas. */
static void printone(FILE *out, const char *name, size_t value)
{
    char digits[VALUE_WIDTH + 1];
    int i = VALUE_WIDTH;
    digits[i] = '\0';
    int in_group = 0;
    do {
        if (in_group == 3) {
            digits[--i] = ',';
            in_group = 0;
        }
        digits[--i] = (char)('0' + value % 10);
        value /= 10;
        in_group++;
    } while (value != 0 && i > 1);
    fprintf(out, "%-*s=%*s\n", NAME_WIDTH, name, VALUE_WIDTH, digits + i);
}

/* What the pools of the arenas hold, by size class. */
struct class_stats {
    size_t numpools[NB_SMALL_SIZE_CLASSES];
    size_t numblocks[NB_SMALL_SIZE_CLASSES];
    size_t numfreeblocks[NB_SMALL_SIZE_CLASSES];
    size_t numfreepools;
    size_t arena_alignment;
};

static size_t blocks_in_a_pool(size_t szidx)
{
    return (POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(szidx);
}

static void count_pools(struct class_stats *stats)
{
    for (unsigned i = 0; i < maxarenas; i++) {
        const struct arena_object *ao = &arenas[i];
        if (ao->address == 0)
            continue;
        stats->numfreepools += ao->nfreepools;
        if ((uintptr_t)arena_first_pool(ao) != ao->address)
            stats->arena_alignment += POOL_SIZE;
        for (block *p = arena_first_pool(ao); p < ao->pool_address; p += POOL_SIZE) {
            const struct pool_header *pool = (const struct pool_header *)p;
            if (pool->count == 0)
                continue; /* empty: counted in nfreepools */
            stats->numpools[pool->szidx]++;
            stats->numblocks[pool->szidx] += pool->count;
            stats->numfreeblocks[pool->szidx] += blocks_in_a_pool(pool->szidx) - pool->count;
        }
    }
}

static void print_arena_map(FILE *out)
{
    fputs("\narena map counts\n", out);
    printone(out, "# arena map bot nodes", arena_map_bot_count());
    fputc('\n', out);
    printone(out, "# bytes lost to arena map", arena_map_bytes());
}

int obmalloc_debug_stats(FILE *out)
{
    if (!WITH_PYMALLOC)
        return 0;
    struct class_stats stats = {0};
    count_pools(&stats);
    fprintf(out, "Small block threshold = %d, in %d size classes.\n\n",
            SMALL_REQUEST_THRESHOLD, (int)NB_SMALL_SIZE_CLASSES);
    fputs("class   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    size_t allocated = 0, available = 0, headers = 0, quantization = 0;
    for (size_t i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
        size_t p = stats.numpools[i], size = INDEX2SIZE(i);
        if (p == 0)
            continue;
        fprintf(out, "%5zu %6zu %11zu %15zu %13zu\n", i, size, p,
                stats.numblocks[i], stats.numfreeblocks[i]);
        allocated += stats.numblocks[i] * size;
        available += stats.numfreeblocks[i] * size;
        headers += p * POOL_OVERHEAD;
        quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    fputc('\n', out);
    printone(out, "# arenas allocated total", ntimes_arena_allocated);
    printone(out, "# arenas reclaimed", ntimes_arena_allocated - narenas_currently_allocated);
    printone(out, "# arenas highwater mark", narenas_highwater);
    printone(out, "# arenas allocated current", narenas_currently_allocated);
    char line[LINE_MAX];
    snprintf(line, sizeof line, "%zu arenas * %zu bytes/arena",
             narenas_currently_allocated, ARENA_SIZE);
    printone(out, line, narenas_currently_allocated * ARENA_SIZE);
    fputc('\n', out);
    printone(out, "# bytes in allocated blocks", allocated);
    printone(out, "# bytes in available blocks", available);
    snprintf(line, sizeof line, "%zu unused pools * %zu bytes", stats.numfreepools, POOL_SIZE);
    printone(out, line, stats.numfreepools * POOL_SIZE);
    printone(out, "# bytes lost to pool headers", headers);
    printone(out, "# bytes lost to quantization", quantization);
    printone(out, "# bytes lost to arena alignment", stats.arena_alignment);
    printone(out, "Total", allocated + available + stats.numfreepools * POOL_SIZE +
                               headers + quantization + stats.arena_alignment);
    print_arena_map(out);
    return 1;
}
