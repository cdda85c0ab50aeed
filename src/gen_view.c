/* gen_view.c: CPython 3.3's rule for generators in cycles.  Chapter 5.
 * CPython 3.3: PyGen_NeedsFinalizing in Objects/genobject.c. */
#include "gen_view.h"

#include "debug.h"

bool gen_view_needs_finalizing(const GenView *view)
{
    CHECK_NOT_NULL(view);
    if (view->phase == GEN_PHASE_RUNNING || view->phase == GEN_PHASE_FINISHED)
        return false;
    for (size_t i = 0; i < view->nblocks; i++)
        if (view->blocks[i] != BLOCK_NONE && view->blocks[i] != BLOCK_LOOP)
            return true;
    return false;
}
