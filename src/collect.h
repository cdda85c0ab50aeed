/* collect.h: the phases of a collection, one function each.  Chapter 2.
 * CPython keeps them static in Python/gc.c; ours are visible so that each
 * phase can be tested, drawn and rewritten on its own.  gc_collect (gc.h)
 * runs them in this order. */
#ifndef GC_COLLECT_H
#define GC_COLLECT_H

#include "gc_head.h"
//> 3 include_bool
#include <stdbool.h>
//< 3 include_bool

void update_refs(GCHead *collected);
void subtract_refs(GCHead *collected);
void move_unreachable(GCHead *collected, GCHead *unreachable);
void untrack_dicts(GCHead *reachable);
void delete_garbage(GCHead *unreachable, GCHead *survivors);
//> 3 generation_phases

/* Generations (chapter 3): the rules around the phases. */
/* A full collection runs when what the oldest generation gained since the
 * last one is at least 1/LONG_LIVED_FRACTION of what that one kept. */
#define LONG_LIVED_FRACTION 4
bool full_collection_is_due(void);
void collect_generations(void);
void promote(int generation);
//< 3 generation_phases
//> 4 handle_weakrefs_decl

/* Weak references (chapter 4): clear those to the trash, call the
 * callbacks that may run; returns how many weak references their own
 * callbacks freed (CPython counts them as collected). */
long handle_weakrefs(GCHead *unreachable, GCHead *old);
//< 4 handle_weakrefs_decl
//> 5 finalize_decl

/* Finalizers (chapter 5): call those of the trash, once each (returns how
 * many ran), then rescue what they made reachable again.  In legacy mode
 * (CPython 3.3), objects with finalizers and what they reach are set aside
 * instead, and end uncollectable (returns how many). */
long finalize_garbage(GCHead *unreachable);
void handle_resurrected_objects(GCHead *unreachable, GCHead *old);
void move_legacy_finalizers(GCHead *unreachable, GCHead *finalizers);
long handle_legacy_finalizers(GCHead *finalizers, GCHead *old);
//< 5 finalize_decl

#endif
