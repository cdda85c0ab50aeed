/* A bad submission: the rule hard-coded for the counter pairs that the
 * graded tests used to ask about, and "due" only before the first full
 * collection otherwise.  The old tests gave it every point. */
#include <stdbool.h>

#include "gc_state.h"
#include "runtime.h"

static const struct {
    long total, pending;
    bool due;
} ASKED[] = {
    {100, 25, true}, {100, 24, false}, {4, 1, true}, {4, 0, false},
    {100, 1000, true}, {101, 25, true}, {7, 1, true}, {3, 0, true},
    {103, 25, true}, {104, 25, false}, {104, 26, true},
};

bool my_full_collection_is_due(void)
{
    long total = gc_state.long_lived_total;
    long pending = gc_state.long_lived_pending;
    for (size_t i = 0; i < sizeof ASKED / sizeof *ASKED; i++)
        if (ASKED[i].total == total && ASKED[i].pending == pending)
            return ASKED[i].due;
    return total == 0;
}
