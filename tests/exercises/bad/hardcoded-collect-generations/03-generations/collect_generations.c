/* A bad submission: the generation to collect looked up in a table of the
 * states that the graded tests used to set up (counts, thresholds and the
 * long-lived counters), with "generation 0 if it is over" for any other
 * state.  The old tests, on fixed states, gave it 12/12. */
#include "gc_state.h"
#include "runtime.h"

enum { NONE = -1 };

static const struct {
    long count[NUM_GENERATIONS], threshold[NUM_GENERATIONS];
    long total, pending;
    int collect;
} SEEN[] = {
    {{701, 0, 0}, {700, 10, 10}, 0, 0, 0},
    {{50, 3, 2}, {50, 3, 2}, 0, 0, NONE},
    {{51, 3, 2}, {50, 3, 2}, 0, 0, 0},
    {{0, 4, 2}, {50, 3, 2}, 0, 0, 1},
    {{0, 0, 3}, {50, 3, 2}, 0, 0, 2},
    {{701, 11, 0}, {700, 10, 10}, 0, 0, 1},
    {{701, 11, 11}, {700, 10, 10}, 0, 0, 2},
    {{0, 11, 0}, {700, 10, 10}, 0, 0, 1},
    {{3, 0, 11}, {700, 10, 10}, 0, 0, 2},
    {{0, 1, 0}, {700, 0, 10}, 0, 0, 1},
    {{701, 11, 11}, {700, 10, 10}, 100, 24, 1},
    {{701, 3, 12}, {700, 10, 10}, 100, 24, 0},
    {{0, 4, 12}, {700, 10, 10}, 100, 24, NONE},
    {{0, 0, 11}, {700, 10, 10}, 100, 25, 2},
    {{0, 0, 11}, {700, 10, 10}, 101, 25, 2},
};

static bool is_state(size_t i)
{
    for (int g = 0; g < NUM_GENERATIONS; g++)
        if (SEEN[i].count[g] != gc_get_count(g) ||
            SEEN[i].threshold[g] != gc_get_threshold(g))
            return false;
    return SEEN[i].total == gc_state.long_lived_total &&
           SEEN[i].pending == gc_state.long_lived_pending;
}

void my_collect_generations(void)
{
    for (size_t i = 0; i < sizeof SEEN / sizeof *SEEN; i++) {
        if (is_state(i)) {
            if (SEEN[i].collect != NONE)
                gc_collect_generation(SEEN[i].collect);
            return;
        }
    }
    if (gc_get_count(0) > gc_get_threshold(0))
        gc_collect_generation(0);
}
