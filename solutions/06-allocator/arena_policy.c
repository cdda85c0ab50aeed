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

static void unlink_arena(struct arena_object **usable_arenas, struct arena_object *ao)
{
    if (ao->prevarena == NULL)
        *usable_arenas = ao->nextarena;
    else
        ao->prevarena->nextarena = ao->nextarena;
    if (ao->nextarena != NULL)
        ao->nextarena->prevarena = ao->prevarena;
}

static void link_after(struct arena_object **usable_arenas, struct arena_object *ao,
                       struct arena_object *prev)
{
    ao->prevarena = prev;
    ao->nextarena = prev ? prev->nextarena : *usable_arenas;
    if (ao->nextarena != NULL)
        ao->nextarena->prevarena = ao;
    if (prev == NULL)
        *usable_arenas = ao;
    else
        prev->nextarena = ao;
}

bool my_arena_gains_pool(struct arena_object **usable_arenas,
                         struct arena_object **nfp2lasta,
                         struct arena_object *ao)
{
    unsigned nf = ao->nfreepools;
    struct arena_object *lastnf = nfp2lasta[nf];
    if (nf > 0 && lastnf == ao) {
        struct arena_object *p = ao->prevarena;
        nfp2lasta[nf] = p != NULL && p->nfreepools == nf ? p : NULL;
    }
    ao->nfreepools = ++nf;
    if (nf == ao->ntotalpools && ao->nextarena != NULL) {
        unlink_arena(usable_arenas, ao);
        return true;
    }
    if (nf == 1) {
        link_after(usable_arenas, ao, NULL);
        if (nfp2lasta[1] == NULL)
            nfp2lasta[1] = ao;
        return false;
    }
    if (nfp2lasta[nf] == NULL)
        nfp2lasta[nf] = ao;
    if (ao != lastnf) {
        unlink_arena(usable_arenas, ao);
        link_after(usable_arenas, ao, lastnf);
    }
    return false;
}
