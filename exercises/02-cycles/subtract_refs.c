/* Chapter 2 exercise subtract_refs.  Re-implement a phase of the collector
 * from its specification.  Graded by tests/exercises/02-cycles/
 * test_subtract_refs.c: run `make grade CH=2`; `make hint EX=subtract_refs`
 * gives a hint at a time.
 *
 * void my_subtract_refs(GCHead *collected)
 *
 *   The second phase of a collection: a collection (src/collect.c) runs
 *   update_refs, subtract_refs, move_unreachable, then delete_garbage.
 *   `collected` is the list of the containers being collected: all of
 *   every tracked object in this chapter, generations merged from chapter 3.
 *
 *   Before: update_refs(collected) has run.  Every object in the list has
 *   its COLLECTING flag set and a gc_refs equal to its refcnt.  The word
 *   that held each object's prev pointer now holds gc_refs (gc_head.h), so
 *   the list is singly linked: follow gc_next, never gc_prev.
 *
 *   After: the gc_refs of every object in the list is the number of
 *   references to it from outside the list: its refcnt minus one for each
 *   reference to it held by an object of the list.  The references an
 *   object holds are what its type's traverse visits; a list that holds x
 *   twice visits x twice, and both count.
 *
 *   Subtract only from the objects being collected.  A referent may also
 *   be an atom (an int or a str: it has no GC head, and the bytes in front
 *   of it are not yours), an untracked container (a dict of ints), or a
 *   container tracked in another list than `collected`: leave all of these
 *   exactly as they are.  Change nothing but gc_refs: no flag, no next
 *   pointer, no refcnt.
 *
 *   Traverse each object of the list once.
 *
 * Use the public API of the runtime (runtime.h, which includes gc_head.h for
 * the GC head's accessors); do not call subtract_refs itself.  Do not edit
 * src/. */
#include "runtime.h"

void my_subtract_refs(GCHead *collected)
{
    /* TODO: write my_subtract_refs as specified above. */
    (void)collected;
}
