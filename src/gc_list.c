/* gc_list.c: circular doubly linked lists of GC heads.  Chapter 2.
 * These need valid prev pointers: they are not for use while a collection
 * keeps gc_refs in prev (see gc_head.h). */
#include "gc_list.h"

void gc_list_init(GCHead *list)
{
    list->next = (uintptr_t)list;
    list->prev = (uintptr_t)list;
}

bool gc_list_is_empty(const GCHead *list)
{
    return gc_next(list) == list;
}

void gc_list_append(GCHead *node, GCHead *list)
{
    GCHead *last = gc_prev(list);
    gc_set_next(last, node);
    gc_set_prev(node, last);
    node->next = (uintptr_t)list;
    gc_set_prev(list, node);
}

void gc_list_remove(GCHead *node)
{
    GCHead *prev = gc_prev(node);
    GCHead *next = gc_next(node);
    gc_set_next(prev, next);
    gc_set_prev(next, prev);
    node->next = 0;
    node->prev &= PREV_FINALIZED;
}

void gc_list_move(GCHead *node, GCHead *list)
{
    GCHead *prev = gc_prev(node);
    GCHead *next = gc_next(node);
    gc_set_next(prev, next);
    gc_set_prev(next, prev);
    gc_list_append(node, list);
}

void gc_list_merge(GCHead *from, GCHead *to)
{
    if (gc_list_is_empty(from))
        return;
    GCHead *to_last = gc_prev(to);
    GCHead *first = gc_next(from);
    GCHead *last = gc_prev(from);
    gc_set_next(to_last, first);
    gc_set_prev(first, to_last);
    gc_set_next(last, to);
    gc_set_prev(to, last);
    gc_list_init(from);
}

size_t gc_list_size(const GCHead *list)
{
    size_t n = 0;
    for (const GCHead *g = gc_next(list); g != list; g = gc_next(g))
        n++;
    return n;
}
