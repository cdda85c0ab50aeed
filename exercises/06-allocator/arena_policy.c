/* Chapter 6 exercise arena_policy.  The order of the usable arenas, and
 * the rule that gives an empty arena back to the system.  Graded by
 * tests/exercises/06-allocator/test_arena_policy.c: run `make grade CH=6`;
 * `make hint EX=arena_policy` gives a hint at a time.
 *
 * bool my_arena_gains_pool(struct arena_object **usable_arenas,
 *                          struct arena_object **nfp2lasta,
 *                          struct arena_object *ao)
 *
 *   One of ao's pools has just become empty; ao->nfreepools still has the
 *   old count.  *usable_arenas is the head of the list of usable arenas,
 *   linked by nextarena and prevarena (NULL-terminated both ways), sorted
 *   by nfreepools, fewest first; nfp2lasta[n] is the last arena of the
 *   list with n free pools, or NULL (arena.h).  An arena with no free pool
 *   is in no list.
 *
 *   - ao->nfreepools grows by one.
 *   - The list stays sorted, with ao placed right after the last arena
 *     that had ao's old count of free pools (or first, if none had it
 *     or had fewer): arenas that already have the new count stay after ao.
 *     An arena that was full (its old count 0) joins the list at its head.
 *   - nfp2lasta stays right for every count.
 *   - If ao is now wholly empty (nfreepools == ntotalpools) and it was
 *     not the last arena of the list, ao leaves the list and the function
 *     returns true: the caller gives it back to the system.  Otherwise it returns
 *     false: an empty arena at the end of the list is kept, so that a
 *     program freeing and allocating one object in a loop does not map
 *     and unmap an arena each time.
 *   - No other arena's fields change but the links the moves need.
 *
 * Do not call the allocator's own arena functions; do not edit src/. */
#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

bool my_arena_gains_pool(struct arena_object **usable_arenas,
                         struct arena_object **nfp2lasta,
                         struct arena_object *ao)
{
    /* TODO: write my_arena_gains_pool as specified above. */
    (void)usable_arenas, (void)nfp2lasta, (void)ao;
    return false;
}
