/* collect.h: the phases of a collection, one function each.  Chapter 2.
 * CPython keeps them static in Python/gc.c; ours are visible so that each
 * phase can be tested, drawn and rewritten on its own.  gc_collect (gc.h)
 * runs them in this order. */
#ifndef GC_COLLECT_H
#define GC_COLLECT_H

#include "gc_head.h"

void update_refs(GCHead *collected);
void subtract_refs(GCHead *collected);
void move_unreachable(GCHead *collected, GCHead *unreachable);
void untrack_dicts(GCHead *reachable);
void delete_garbage(GCHead *unreachable, GCHead *survivors);

#endif
