/* arena_map.h: whether an address lies in one of our arenas.  Chapter 6.
 * CPython: the arena map of Objects/obmalloc.c (3.10+, a radix tree,
 * WITH_PYMALLOC_RADIX_TREE). */
#ifndef GC_ARENA_MAP_H
#define GC_ARENA_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Record that the arena at arena_base is mapped (is_used) or unmapped.
 * Returns false if the map could not grow (no memory). */
bool arena_map_mark_used(uintptr_t arena_base, bool is_used);

/* Whether p lies in a mapped arena: object_free's test of whether a block
 * is ours or malloc's.  It reads nothing at p. */
bool address_in_range(const void *p);

/* The bottom nodes of the map, and the bytes they and the root take. */
size_t arena_map_bot_count(void);
size_t arena_map_bytes(void);

#endif
