/* weakref_order.c: chapter 4.  An object that dies by reference counting:
 * its callback-free weak reference is shared, its list keeps CPython's
 * order, and when it dies every weak reference is cleared before the first
 * callback runs, then the callbacks run newest first. */
#include <stdio.h>

#include "runtime.h"

#define REFS 3
static Object *refs[REFS]; /* first, second, third, made in that order */
static Object *plain;      /* the callback-free one */

static const char *name_of(const Object *wr)
{
    static const char *const names[REFS] = {"first", "second", "third"};
    for (int i = 0; i < REFS; i++)
        if (wr == refs[i])
            return names[i];
    return wr == plain ? "callback-free" : "?";
}

/* Every callback: which weak reference it was handed, and how many of the
 * node's weak references are cleared by then (weakref_get gives NULL). */
static void report(Object *data, Object *wr)
{
    (void)data;
    int cleared = weakref_get(plain) == NULL;
    for (int i = 0; i < REFS; i++)
        cleared += weakref_get(refs[i]) == NULL;
    printf("callback of the %s weak reference: %d of the %d weak references cleared\n",
           name_of(wr), cleared, REFS + 1);
}

int main(void)
{
    Object *Node = class_new("Node", NULL);
    Object *node = instance_new(Node);
    Object *callback = callback_new(report, NULL);
    for (int i = 0; i < REFS; i++)
        refs[i] = weakref_new(node, callback);
    decref(callback);
    plain = weakref_new(node, NULL);
    Object *again = weakref_new(node, NULL);
    printf("weakref_new(node, NULL) twice: %s\n",
           plain == again ? "the same weak reference" : "two weak references");
    decref(again);

    Object *list = weakref_list_of(node);
    printf("node has %zu weak references:", weakref_count(node));
    for (size_t i = 0; i < list_size(list); i++)
        printf(" %s", name_of(list_getitem(list, i)));
    printf("\n");
    decref(list);

    printf("decref(node), its last reference:\n");
    decref(node);
    printf("plain weak reference: referent %s\n", weakref_get(plain) ? "alive" : "gone");

    decref(plain);
    for (int i = 0; i < REFS; i++)
        decref(refs[i]);
    decref(Node);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
