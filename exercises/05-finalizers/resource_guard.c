/* Chapter 5 exercise resource_guard.  Tie a resource to an object's life,
 * first with a finalizer, then with a finalize object, and compare.  Graded
 * by tests/exercises/05-finalizers/test_resource_guard.c: run
 * `make grade CH=5`; `make hint EX=resource_guard` gives a hint at a time.
 *
 * The resource is a fake one that the tests provide, and count: a handle
 * (a number above zero) that must be closed exactly once.
 *
 *   long resource_open(void);          a new open handle
 *   void resource_close(long handle);  close it
 *
 * Part 1, a guard with a finalizer (Python: a class with __del__).
 *
 * Object *my_guard_class_new(void)
 *
 *   A new class (class_new) named "Guard" whose instances close their
 *   resource when they are finalized.
 *
 * Object *my_guard_open(Object *guard_class)
 *
 *   Open a resource, and return a new instance of guard_class (a class that
 *   my_guard_class_new made) that holds its handle, as an int attribute of
 *   your naming.  The guard holds nothing else.
 *
 * void my_guard_close(Object *guard)
 *
 *   Close the guard's resource now, if it is still open.  A guard's
 *   resource is closed exactly once, whatever comes first: my_guard_close
 *   (called any number of times), or the guard's finalizer, when the guard
 *   dies by reference counting, in a collection, or at shutdown.
 *
 * Part 2, a closer: the same with a finalize object (weakfinalize.h;
 * Python: weakref.finalize).
 *
 * Object *my_closer_open(Object *owner)
 *
 *   Open a resource that lives as long as `owner`, any weakly referenceable
 *   object (an instance, say): return a new reference to a finalize object
 *   (finalize_new) whose call closes it.  The call is a C callback
 *   (callback_new; finalize_call calls its function with the callback's data
 *   and the finalize object's args).  The resource is then closed exactly
 *   once, whatever comes first: owner's death (by reference counting or in
 *   a collection), an early finalize_call on the returned object, or
 *   finalize_at_exit while owner is still alive.  Nothing you make may hold
 *   a reference to owner: owner's count does not change, and dropping the
 *   last reference the program holds to it frees it there and then, unless
 *   it is in a cycle.
 *
 * Use the public API of the runtime (runtime.h: class.h, instance.h, int.h,
 * callback.h, weakfinalize.h).  Do not edit src/. */
#include "runtime.h"

/* Given by the tests. */
long resource_open(void);
void resource_close(long handle);

Object *my_guard_class_new(void)
{
    /* TODO: write the guard as specified above. */
    return NULL;
}

Object *my_guard_open(Object *guard_class)
{
    /* TODO */
    (void)guard_class;
    return NULL;
}

void my_guard_close(Object *guard)
{
    /* TODO */
    (void)guard;
}

Object *my_closer_open(Object *owner)
{
    /* TODO: write the closer as specified above. */
    (void)owner;
    return NULL;
}
