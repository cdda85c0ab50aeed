/* obmalloc.h: the small-object allocator, where every object's memory comes
 * from.  Chapter 6.  CPython: Objects/obmalloc.c (PyObject_Malloc and
 * friends, "pymalloc"), with CPython 3.11's numbers.
 *
 * Three layers, as CPython's: requests of up to SMALL_REQUEST_THRESHOLD
 * bytes are served from pools of equal-sized blocks (obmalloc.c), pools
 * are cut from arenas of ARENA_SIZE bytes mapped from the system
 * (arena.c), and larger requests go to the C library's malloc.
 *
 * The build switch WITH_PYMALLOC=0 (make PYMALLOC=0) passes every request
 * to malloc, as PYTHONMALLOC=malloc does for CPython. */
#ifndef GC_OBMALLOC_H
#define GC_OBMALLOC_H

#include <stddef.h>
#include <stdio.h>

#ifndef WITH_PYMALLOC
#define WITH_PYMALLOC 1
#endif

//> 6 size_classes
/* Every block is aligned to ALIGNMENT bytes, and the size classes are its
 * multiples: 16, 32, ..., 512 bytes (CPython 3.11 on 64-bit machines). */
#define ALIGNMENT_SHIFT 4
#define ALIGNMENT ((size_t)1 << ALIGNMENT_SHIFT)
#define SMALL_REQUEST_THRESHOLD 512
#define NB_SMALL_SIZE_CLASSES (SMALL_REQUEST_THRESHOLD / ALIGNMENT)

/* The size of the blocks of size class i, and the class of a request of
 * nbytes (1 <= nbytes <= SMALL_REQUEST_THRESHOLD). */
#define INDEX2SIZE(i) (((size_t)(i) + 1) << ALIGNMENT_SHIFT)
#define SIZE2INDEX(nbytes) (((size_t)(nbytes) - 1) >> ALIGNMENT_SHIFT)
//< 6 size_classes

/* CPython's PyObject_Malloc, PyObject_Calloc, PyObject_Realloc and
 * PyObject_Free.  They return NULL when the system has no memory left or
 * the size does not fit in a ptrdiff_t (calloc's product included); a
 * request of zero bytes returns a distinct pointer, as CPython's does.
 * object_free(NULL) does nothing. */
void *object_malloc(size_t nbytes);
void *object_calloc(size_t nelem, size_t elsize);
void *object_realloc(void *p, size_t nbytes);
void object_free(void *p);

/* The blocks handed out and not yet freed, small and large (CPython:
 * sys.getallocatedblocks(); 0 with WITH_PYMALLOC=0, as under
 * PYTHONMALLOC=malloc). */
size_t obmalloc_allocated_blocks(void);

/* Print the allocator's state: size classes, pools, arenas and the bytes
 * lost, in the layout of CPython 3.11's sys._debugmallocstats()
 * (obmalloc_stats.c).  Prints nothing with WITH_PYMALLOC=0, and returns
 * whether it printed. */
int obmalloc_debug_stats(FILE *out);

#endif
