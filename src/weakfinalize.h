/* weakfinalize.h: finalize objects, callbacks registered to run once when
 * an object dies (Python's weakref.finalize).  Chapter 5.  CPython: the
 * class finalize in Lib/weakref.py.
 *
 * The tool to reach for instead of a finalizer: it runs at the same moment
 * (the object's death, by reference counting or in a collection), but it
 * holds no reference to the object, so it cannot resurrect it, and it runs
 * once whatever happens: when the object dies, when the program calls it,
 * or at exit (finalize_at_exit), whichever comes first.
 *
 * A finalize object is kept alive by a registry of the live ones, so a
 * program need not hold it.  It watches its object through a weak
 * reference whose callback calls it. */
#ifndef GC_WEAKFINALIZE_H
#define GC_WEAKFINALIZE_H

#include <stdbool.h>

#include "object.h"

typedef struct Finalize {
    Object ob;
    Object *wr;    /* the weak reference watching the object; NULL once dead */
    Object *func;  /* what to call ... */
    Object *args;  /* ... and with what (any object, often a list) */
    bool atexit;   /* run at exit if still alive */
} Finalize;

extern Type FinalizeType;

/* Register a call of func with args when obj dies (obj must be weakly
 * referenceable).  Returns a new reference; the registry holds another. */
Object *finalize_new(Object *obj, Object *func, Object *args);
/* Not yet called nor detached? */
bool finalize_alive(const Object *f);
/* The object watched (new reference), or NULL if it is dead or f is not
 * alive. */
Object *finalize_object(const Object *f);
/* Detach: f is no longer alive and will never call.  Gives the caller new
 * references to func and args; false if f was not alive. */
bool finalize_detach(Object *f, Object **func, Object **args);
void finalize_set_atexit(Object *f, bool atexit);
bool finalize_get_atexit(const Object *f);

/* How func is called with args: the runtime calls its own callbacks
 * (callback.h, given args); an embedder sets a hook for its callables,
 * which reports their errors itself, naming f, the finalize object. */
typedef void (*FinalizeHook)(Object *f, Object *func, Object *args);
void finalize_set_call_hook(FinalizeHook hook);
/* Detach f and make its call, if it is alive. */
void finalize_call(Object *f);

/* At exit: call every live finalize object whose atexit is set, the newest
 * first (as CPython's weakref module does at shutdown), those its calls
 * make too, then detach the others, which never call.  Objects they watch
 * are not freed by this. */
void finalize_at_exit(void);
/* Detach every finalize object still alive, without a call: they hold
 * nothing afterwards, and the registry is freed. */
void finalize_forget_all(void);

#endif
