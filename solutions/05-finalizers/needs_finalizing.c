/* Chapter 5 exercise needs_finalizing.  A reference solution; the
 * specification is in exercises/05-finalizers/needs_finalizing.c. */
#include "runtime.h"

static bool has_exit_action(LegacyBlock block)
{
    return block != BLOCK_NONE && block != BLOCK_LOOP;
}

bool my_gen_view_needs_finalizing(const GenView *view)
{
    if (view->phase == GEN_PHASE_RUNNING || view->phase == GEN_PHASE_FINISHED)
        return false;
    for (size_t i = 0; i < view->nblocks; i++)
        if (has_exit_action(view->blocks[i]))
            return true;
    return false;
}
