/* gc_head.h: the two words in front of every container object.  Chapter 2.
 * CPython: PyGC_Head in Include/internal/pycore_gc.h.
 *
 *     GCHead          Object
 *   +------+------+--------+------+---
 *   | next | prev | refcnt | type | ...
 *   +------+------+--------+------+---
 *
 * Outside a collection, next and prev link the object into a doubly linked
 * list of tracked objects; next = 0 means untracked.  Objects are at least
 * 8-byte aligned, so the low bits of both words are free for flags:
 *   prev, bit 0: FINALIZED   __del__ has run (chapter 5; kept across collections)
 *   prev, bit 1: COLLECTING  in the set being collected (during a collection)
 *   next, bit 0: UNREACHABLE in the tentatively unreachable list
 * During a collection, prev's upper bits hold gc_refs instead of a pointer:
 * the lists are then singly linked, and only next may be followed. */
#ifndef GC_GC_HEAD_H
#define GC_GC_HEAD_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"

typedef struct GCHead {
    uintptr_t next;
    uintptr_t prev;
} GCHead;

#define PREV_FINALIZED ((uintptr_t)1)
#define PREV_COLLECTING ((uintptr_t)2)
#define PREV_FLAGS (PREV_FINALIZED | PREV_COLLECTING)
#define PREV_SHIFT 2
#define NEXT_UNREACHABLE ((uintptr_t)1)

/* Does op's type give its objects a GC head? */
static inline bool is_gc(const Object *op)
{
    return (op->type->flags & TYPE_GC) != 0;
}

static inline size_t gc_head_size(const Type *type)
{
    return (type->flags & TYPE_GC) ? sizeof(GCHead) : 0;
}

static inline GCHead *as_gc(const Object *op)
{
    return (GCHead *)op - 1;
}

static inline Object *from_gc(GCHead *g)
{
    return (Object *)(g + 1);
}

static inline GCHead *gc_next(const GCHead *g)
{
    return (GCHead *)(g->next & ~NEXT_UNREACHABLE);
}

static inline void gc_set_next(GCHead *g, GCHead *next)
{
    g->next = (uintptr_t)next;
}

static inline GCHead *gc_prev(const GCHead *g)
{
    return (GCHead *)(g->prev & ~PREV_FLAGS);
}

static inline void gc_set_prev(GCHead *g, GCHead *prev)
{
    g->prev = (g->prev & PREV_FLAGS) | (uintptr_t)prev;
}

/* gc_refs: only meaningful while COLLECTING is set.  The shift is an
 * arithmetic one, so that a count driven below zero by a faulty traverse
 * reads as negative (gcc and clang shift signed values arithmetically). */
static inline intptr_t gc_get_refs(const GCHead *g)
{
    return (intptr_t)g->prev >> PREV_SHIFT;
}

static inline void gc_set_refs(GCHead *g, intptr_t refs)
{
    g->prev = (g->prev & PREV_FLAGS) | ((uintptr_t)refs << PREV_SHIFT);
}

static inline void gc_decref(GCHead *g)
{
    g->prev -= (uintptr_t)1 << PREV_SHIFT;
}

static inline bool gc_is_collecting(const GCHead *g)
{
    return (g->prev & PREV_COLLECTING) != 0;
}

static inline bool gc_is_unreachable(const GCHead *g)
{
    return (g->next & NEXT_UNREACHABLE) != 0;
}

#endif
