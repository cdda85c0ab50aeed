/* A bad submission: the report printed from the tables that the graded
 * tests used to expect, picked by a few figures of the state, instead of
 * written from the figures themselves.  The old tests gave it 7/7. */
#include <stdio.h>

#include "gc_state.h"
#include "runtime.h"

#define HEADER                                                               \
    "gen     count threshold   objects collections collected uncollectable\n"
#define QUIET_OLDER                                                          \
    "  1         0        10         0           0         0             0\n" \
    "  2         0        10         0           0         0             0\n"

static const struct {
    long young_count, young_threshold, old_threshold, frozen;
    const char *text;
} OLD_TABLES[] = {
    {0, 700, 10, 0, HEADER
     "  0         0       700         0           0         0             0\n"
     QUIET_OLDER "objects in permanent generation: 0\n"},
    {1, 500, 10, 0, HEADER
     "  0         1       500         1           2         2             0\n"
     "  1         1        10         1           1         2             0\n"
     "  2         1        10         3           0         0             0\n"
     "objects in permanent generation: 0\n"},
    {0, 500, 25, 0, HEADER
     "  0         0       500         0           2         2             0\n"
     "  1         0        10         0           1         2             0\n"
     "  2         0        25         5           1         0             0\n"
     "objects in permanent generation: 0\n"},
    {1, 700, 10, 3, HEADER
     "  0         1       700         1           0         0             0\n"
     QUIET_OLDER "objects in permanent generation: 3\n"},
    {3, 3, 10, 0, HEADER
     "  0         3         3         3           0         0             0\n"
     QUIET_OLDER "objects in permanent generation: 0\n"},
};

void my_gc_report(FILE *out)
{
    for (size_t i = 0; i < sizeof OLD_TABLES / sizeof *OLD_TABLES; i++) {
        if (OLD_TABLES[i].young_count == gc_get_count(0) &&
            OLD_TABLES[i].young_threshold == gc_get_threshold(0) &&
            OLD_TABLES[i].old_threshold == gc_get_threshold(GC_OLDEST) &&
            OLD_TABLES[i].frozen == gc_get_freeze_count()) {
            fputs(OLD_TABLES[i].text, out);
            return;
        }
    }
    fputs(HEADER, out);
}
