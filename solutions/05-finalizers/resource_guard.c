/* Chapter 5 exercise resource_guard.  A reference solution; the
 * specification is in exercises/05-finalizers/resource_guard.c. */
#include "runtime.h"

long resource_open(void);
void resource_close(long handle);

/* A guard's attribute: present while its resource is open. */
#define HANDLE "handle"

void my_guard_close(Object *guard)
{
    Object *handle = instance_getattr(guard, HANDLE);
    if (handle == NULL)
        return; /* closed already */
    resource_close(int_value(handle));
    instance_delattr(guard, HANDLE);
}

/* The finalizer is the explicit close: the attribute's absence is what
 * makes a second close, of either kind, do nothing. */
Object *my_guard_class_new(void)
{
    return class_new("Guard", my_guard_close);
}

Object *my_guard_open(Object *guard_class)
{
    Object *guard = instance_new(guard_class);
    Object *handle = int_new(resource_open());
    instance_setattr(guard, HANDLE, handle);
    decref(handle);
    return guard;
}

/* The finalize object's call: it is given the handle, never the owner. */
static void close_handle(Object *data, Object *handle)
{
    (void)data;
    resource_close(int_value(handle));
}

Object *my_closer_open(Object *owner)
{
    Object *func = callback_new(close_handle, NULL);
    Object *handle = int_new(resource_open());
    Object *closer = finalize_new(owner, func, handle);
    decref(func);
    decref(handle);
    return closer;
}
