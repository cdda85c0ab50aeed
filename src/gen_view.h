/* gen_view.h: what the collector needs to know of a suspended generator.
 * Chapter 5.  CPython 3.3: PyGen_NeedsFinalizing in Objects/genobject.c.
 *
 * Before PEP 442 (CPython 3.4) the collector could not run a finalizer
 * inside a cycle, so a generator caught in one was either cleared without
 * being closed, or left uncollectable in gc.garbage.  Closing it raises
 * GeneratorExit at its yield; that runs code only if the yield is inside a
 * block with something to do on the way out: a try (its except clauses or
 * its finally), an except clause being run, or a with.  Loops have nothing
 * to do.  3.3 read this from its frame's block stack, and the runner's
 * generators describe themselves in the same terms (generator.c). */
#ifndef GC_GEN_VIEW_H
#define GC_GEN_VIEW_H

#include <stdbool.h>
#include <stddef.h>

/* An entry of CPython 3.3's block stack, around the yield. */
typedef enum LegacyBlock {
    BLOCK_NONE,     /* nothing on the block stack: an if, a block, a finally run normally */
    BLOCK_LOOP,     /* SETUP_LOOP: a for or while body */
    BLOCK_EXCEPT,   /* SETUP_EXCEPT: a try's body, with except clauses */
    BLOCK_FINALLY,  /* SETUP_FINALLY: a try's body, except clauses or else, with a finally */
    BLOCK_HANDLER,  /* EXCEPT_HANDLER: an except clause, or a finally an exception runs */
    BLOCK_WITH,     /* SETUP_WITH: a with's body */
} LegacyBlock;

typedef enum GenPhase {
    GEN_PHASE_CREATED,   /* never run: its frame is there, no block entered */
    GEN_PHASE_SUSPENDED, /* stopped at a yield */
    GEN_PHASE_RUNNING,   /* running: the collector cannot find it garbage */
    GEN_PHASE_FINISHED,  /* returned, raised or closed: its frame is gone */
} GenPhase;

typedef struct GenView {
    GenPhase phase;
    size_t nblocks;
    const LegacyBlock *blocks; /* outermost first */
} GenView;

/* Must the legacy collector leave the generator in gc.garbage if it is in
 * a cycle?  CPython 3.3's rule: only a suspended or new generator, only if
 * some block around its yield is not a loop. */
bool gen_view_needs_finalizing(const GenView *view);

#endif
