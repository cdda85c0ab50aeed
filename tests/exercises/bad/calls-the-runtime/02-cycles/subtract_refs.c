/* Bad submission: hands the work to the runtime's own subtract_refs, which
 * passes every test and teaches nothing.  It is not graded. */
#include "runtime.h"

void my_subtract_refs(GCHead *collected)
{
    subtract_refs(collected);
}
