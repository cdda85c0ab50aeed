/* Chapter 2 exercise get_referrers.  Re-implement a function of the gc
 * module from its specification.  Graded by tests/exercises/02-cycles/
 * test_get_referrers.c: run `make grade CH=2`; `make hint EX=get_referrers`
 * gives a hint at a time.
 *
 * Object *my_get_referrers(Object *op)
 *
 *   Python's gc.get_referrers(op): a new list (a new reference, owned by
 *   the caller) of the objects that refer to `op`, as far as the collector
 *   can tell.  An object refers to op when its type's traverse visits op.
 *   The collector knows only the tracked objects, the ones in the lists of
 *   its generations, GEN_HEAD(0) to GEN_HEAD(NUM_GENERATIONS - 1)
 *   (gc_state.h; chapter 3 explains generations: here, read them as one
 *   list cut in three): an atom, an untracked dict, or anything that is not
 *   a container is never in the result, even if it holds op.
 *
 *   - Each referrer appears once, however many references it holds to op.
 *   - In the collector's order: generation 0's list, then 1's, then 2's
 *     (which is not always the order in which the objects were made: a
 *     dict is tracked only when it first stores a container).
 *   - The result list is itself a tracked container: it is never in its
 *     own result, even when it comes to hold a referrer of op.  (An earlier
 *     result, still alive, is an object like any other.)
 *   - `op` is borrowed, and may be any object: a list, an instance, a
 *     class, an int...
 *
 *   A list is doubly linked outside a collection: walk it with gc_next
 *   from gc_next(GEN_HEAD(i)) until you are back at the head.
 *
 * Use the public API of the runtime (runtime.h) and gc_state.h; do not call
 * gc_get_referrers itself.  Do not edit src/. */
#include "gc_state.h"
#include "runtime.h"

Object *my_get_referrers(Object *op)
{
    /* TODO: write my_get_referrers as specified above. */
    (void)op;
    return NULL;
}
