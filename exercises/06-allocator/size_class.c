/* Chapter 6 exercise size_class.  The arithmetic of size classes and
 * pools.  Graded by tests/exercises/06-allocator/test_size_class.c: run
 * `make grade CH=6`; `make hint EX=size_class` gives a hint at a time.
 *
 * int my_size_class(size_t nbytes)
 *
 *   The size class that serves a request of nbytes: requests are rounded
 *   up to a multiple of ALIGNMENT (16 bytes), class 0 serves 1 to 16
 *   bytes, class 1 17 to 32, and so on up to SMALL_REQUEST_THRESHOLD
 *   (512).  -1 for a request the pools do not serve: 0 bytes, or more
 *   than SMALL_REQUEST_THRESHOLD.
 *
 * size_t my_class_size(int szidx)
 *
 *   The bytes of a block of class szidx (0 <= szidx <
 *   NB_SMALL_SIZE_CLASSES); 0 for any other szidx.
 *
 * size_t my_blocks_per_pool(int szidx)
 *
 *   How many blocks of class szidx one pool holds: a pool is POOL_SIZE
 *   bytes, its header takes the first POOL_OVERHEAD (pool.h).
 *
 * size_t my_quantization(int szidx)
 *
 *   The bytes a pool of class szidx leaves unused after its last block,
 *   too few for one more.
 *
 * Use the constants of obmalloc.h and pool.h; do not edit src/. */
#include <stddef.h>

#include "obmalloc.h"
#include "pool.h"

int my_size_class(size_t nbytes)
{
    /* TODO: write my_size_class as specified above. */
    (void)nbytes;
    return 0;
}

size_t my_class_size(int szidx)
{
    /* TODO */
    (void)szidx;
    return 0;
}

size_t my_blocks_per_pool(int szidx)
{
    /* TODO */
    (void)szidx;
    return 0;
}

size_t my_quantization(int szidx)
{
    /* TODO */
    (void)szidx;
    return 0;
}
