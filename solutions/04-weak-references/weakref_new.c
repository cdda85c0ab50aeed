/* Chapter 4 exercise weakref_new.  A reference solution; the specification
 * is in exercises/04-weak-references/weakref_new.c. */
#include "runtime.h"

/* Where the referent keeps the head of its list. */
static WeakRef **list_head(Object *referent)
{
    return (WeakRef **)((char *)referent + referent->type->weaklist_offset);
}

/* The shareable weak reference: callback-free, and not a subtype, whose
 * instances (a KeyedRef) carry more than the referent. */
static WeakRef *callback_free(WeakRef *first)
{
    return first && first->callback == NULL && first->ob.type == &WeakRefType ? first : NULL;
}

/* Link wr after `prev`, or first if prev is NULL. */
static void link_after(WeakRef *wr, WeakRef *prev, WeakRef **head)
{
    WeakRef *next = prev ? prev->next : *head;
    wr->prev = prev;
    wr->next = next;
    if (next)
        next->prev = wr;
    if (prev)
        prev->next = wr;
    else
        *head = wr;
}

Object *my_weakref_new(Object *referent, Object *callback)
{
    WeakRef **head = list_head(referent);
    WeakRef *shared = callback_free(*head);
    if (callback == NULL && shared)
        return newref(&shared->ob);
    Object *op = object_new(&WeakRefType, 0);
    WeakRef *wr = (WeakRef *)op;
    wr->referent = referent; /* not counted: that is what makes it weak */
    wr->callback = callback ? newref(callback) : NULL;
    /* Without a callback there is no callback-free one yet: go first. */
    link_after(wr, callback ? shared : NULL, head);
    gc_track(op);
    return op;
}
