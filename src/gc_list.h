/* gc_list.h: circular doubly linked lists of GC heads.  Chapter 2.
 * CPython: the gc_list_* functions in Python/gc.c.
 *
 * A list is a sentinel GCHead whose next is the first object and whose prev
 * the last; an empty list points at itself.  Moving an object from one list
 * to another is O(1), which is what lets the collector split a generation
 * into reachable and unreachable without copying anything. */
#ifndef GC_GC_LIST_H
#define GC_GC_LIST_H

#include <stddef.h>

#include "gc_head.h"

void gc_list_init(GCHead *list);
bool gc_list_is_empty(const GCHead *list);
/* Link node, which is in no list, at the end of list. */
void gc_list_append(GCHead *node, GCHead *list);
/* Unlink node from its list; it is then in none (untracked). */
void gc_list_remove(GCHead *node);
/* Move node from its list to the end of list. */
void gc_list_move(GCHead *node, GCHead *list);
/* Move every node of from to the end of to; from is left empty. */
void gc_list_merge(GCHead *from, GCHead *to);
size_t gc_list_size(const GCHead *list);

#endif
