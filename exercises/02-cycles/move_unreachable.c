/* Chapter 2 exercise move_unreachable.  Re-implement the heart of the
 * collector from its specification.  Graded by tests/exercises/02-cycles/
 * test_move_unreachable.c: run `make grade CH=2`;
 * `make hint EX=move_unreachable` gives a hint at a time.
 *
 * void my_move_unreachable(GCHead *collected, GCHead *unreachable)
 *
 *   The third phase of a collection (src/collect.c: update_refs,
 *   subtract_refs, move_unreachable, delete_garbage): split `collected`
 *   into the objects reachable from outside it and the others.
 *
 *   Before: subtract_refs has run.  Every object in `collected` has its
 *   COLLECTING flag set and a gc_refs equal to the number of references to
 *   it from outside the list.  Each object's prev word holds its gc_refs and
 *   its flags (gc_head.h), not a pointer: the list is singly linked, follow
 *   gc_next.  The head `collected` is not an object: its prev still points
 *   at the last object of the list.  `unreachable` is an empty list.
 *
 *   Reachable: an object of the list with gc_refs > 0; and, in turn, every
 *   object of the list that a reachable object refers to (that its type's
 *   traverse visits).  Nothing else is.
 *
 *   After:
 *   - `collected` holds exactly the reachable objects, doubly linked again
 *     (each prev word a pointer to the previous object; the head's prev to
 *     the last), each with its COLLECTING flag cleared.
 *   - `unreachable` holds exactly the others, doubly linked, each with its
 *     COLLECTING flag still set (delete_garbage relies on it).
 *   - No next word, of an object or of either head, has the NEXT_UNREACHABLE
 *     bit set: the gc_list functions work on both lists again.
 *   - The FINALIZED flag of every object is as it was (chapter 5 needs it).
 *   - A referent outside the list (an atom, which has no GC head; an
 *     untracked container; a container of another list, whose COLLECTING
 *     flag is clear) is left exactly as it is.
 *   The order of the objects within each list is yours to choose.
 *
 *   Cost: time in proportion to the length of the list.  One pass over it
 *   (a second, to tidy up, is fine), and one call of traverse per reachable
 *   object; an unreachable object is never traversed.  Repeating the pass
 *   until nothing changes is too slow (a chain met in the wrong order
 *   would take one pass per link: 500 billion steps for a million objects),
 *   and so is searching a list to find out whether an object is in it.  You
 *   may use memory of your own (freed before you return), but you need
 *   none.
 *
 *   The difficulty: the pass meets the objects in the list's order, and an
 *   object with gc_refs 0 may be met before the reachable object that
 *   refers to it.
 *
 * Use the public API of the runtime (runtime.h, which includes gc_head.h and
 * gc_list.h); do not call move_unreachable itself.  Do not edit src/. */
#include "runtime.h"

void my_move_unreachable(GCHead *collected, GCHead *unreachable)
{
    /* TODO: write my_move_unreachable as specified above. */
    (void)collected;
    (void)unreachable;
}
