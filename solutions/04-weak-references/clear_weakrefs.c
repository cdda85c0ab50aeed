/* Chapter 4 exercise clear_weakrefs.  A reference solution; the
 * specification is in exercises/04-weak-references/clear_weakrefs.c. */
#include "runtime.h"

/* Clear wr; if its callback is to run, move the weak reference and its
 * callback to `pending`, a list that holds both alive until the call. */
static void clear_one(Object *wr, Object *pending)
{
    weakref_clear_referent(wr);
    Object *callback = weakref_callback(wr);
    if (callback == NULL || wr->refcnt == 0)
        return; /* none to call, or wr is on its way to being freed */
    list_append(pending, wr);
    list_append(pending, callback);
    ((WeakRef *)wr)->callback = NULL; /* it calls back once */
    decref(callback);                 /* now pending's alone */
}

void my_clear_weakrefs(Object *op)
{
    Object *pending = list_new(); /* wr, callback, wr, callback, ... */
    Object *wr;
    while ((wr = weakref_first(op)) != NULL)
        clear_one(wr, pending);
    /* Every weak reference is cleared before the first callback runs. */
    for (size_t i = 0; i + 1 < list_size(pending); i += 2)
        call_weakref_callback(list_getitem(pending, i + 1), list_getitem(pending, i));
    decref(pending);
}
