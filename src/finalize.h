/* finalize.h: finalizers (Python's __del__), run at most once per object.
 * Chapter 5.  CPython: PyObject_CallFinalizer and
 * PyObject_CallFinalizerFromDealloc in Objects/object.c (PEP 442, 3.4).
 *
 * A type's finalize slot is called when one of its objects is about to be
 * freed, whether it dies by reference counting or in a collection.  It may
 * run any code, and may store a reference to its object somewhere: the
 * object is then resurrected, and lives on as an ordinary object.  Either
 * way its finalizer has run, and will never run again: the FINALIZED bit of
 * its GC head (gc_head.h) says so, so only containers can have one. */
#ifndef GC_FINALIZE_H
#define GC_FINALIZE_H

#include <stdbool.h>

#include "object.h"

/* Does op have a finalizer that has not run yet? */
bool needs_finalizing(const Object *op);
/* Set op's FINALIZED bit: its finalizer has run, or is running. */
void mark_finalized(Object *op);
/* Call op's finalizer, then mark it finalized, as CPython's
 * PyObject_CallFinalizer does for an object dying by reference counting;
 * the caller holds op.  (A collection marks first: see finalize_garbage.) */
void call_finalizer(Object *op);
/* dealloc.c's step for an object whose count reached zero: call its
 * finalizer if it needs it, with the object alive and tracked again while
 * it runs.  Returns true if the finalizer resurrected it: then it must not
 * be freed. */
bool finalize_from_dealloc(Object *op);

/* At shutdown: call the finalizer of every tracked object that still needs
 * it, once, oldest generation last, frozen objects too; objects the
 * finalizers make meanwhile are not finalized (CPython 3.11 leaves them to
 * the process's exit too), so the walk ends whatever they do.  No
 * collection runs meanwhile (gc_collect returns 0), so that none moves the
 * lists under the walk. */
void finalize_remaining(void);

#endif
