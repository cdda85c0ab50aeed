/* weakref_collect.c: chapter 4's collection.  Two Nodes, a and b, point at
 * each other and are garbage; a.watch is a weak reference to b whose
 * callback is garbage with it.  The program keeps two weak references of
 * its own: `outside` to a, with a callback, and `peek` to b, without one.
 * gc_collect() clears all three before anything else, runs only the
 * callback of `outside`, and counts a, b, a.watch and its callback.
 * Then a Node that holds itself, watched by a weak reference that only a
 * list holds, whose callback takes it out of the list: the collection
 * counts that weak reference too.  With --dot before (or --dot callback)
 * it draws the first heap before the collection (or as the callback of
 * `outside` runs) instead. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

#define DRAWN 7
static Object *drawn[DRAWN];
static const char *const notes[DRAWN] = {
    "a (garbage)", "b (garbage)", "a.watch (garbage)", "its callback (garbage)",
    "outside", "its callback", "peek"};
static Object *peek;
static const char *draw; /* the moment to draw, or NULL to print */

static DumpMark mark_of(const Object *op, void *arg)
{
    (void)arg;
    for (size_t i = 0; i < DRAWN; i++)
        if (drawn[i] == op)
            return (DumpMark){.note = notes[i]};
    return (DumpMark){0};
}

/* The heap, with what holds it from outside: the program's variables, and
 * `also`, NULL or what a callback's caller holds. */
static void draw_heap(const DumpHolder *also)
{
    DumpHolder holders[] = {{"C variable outside", drawn[4]},
                            {"C variable report", drawn[5]},
                            {"C variable peek", drawn[6]},
                            also ? *also : (DumpHolder){0}};
    dump_picture(stdout, &(Picture){.objects = drawn, .count = DRAWN, .mark = mark_of,
                                    .holders = holders, .nholders = also ? 4 : 3});
}

static void never_called(Object *data, Object *wr)
{
    (void)data, (void)wr;
    printf("the callback of a.watch ran\n");
}

/* The callback of `outside`: the trash is still whole, and no weak
 * reference leads into it any more. */
static void outside_died(Object *data, Object *wr)
{
    (void)data;
    if (draw) {
        if (strcmp(draw, "callback") == 0)
            draw_heap(&(DumpHolder){"handle_weakrefs", wr});
        return;
    }
    Object *b = weakref_get(peek);
    printf("callback of outside: outside() is %s, peek() is %s\n",
           weakref_get(wr) ? "an object" : "NULL", b ? "b" : "NULL");
    xdecref(b);
}

/* The callback of the weak reference in `holder` (its data): takes it out,
 * which frees it. */
static void remove_from_holder(Object *holder, Object *wr)
{
    for (size_t i = 0; i < list_size(holder); i++)
        if (list_getitem(holder, i) == wr) {
            decref(list_pop(holder, i));
            return;
        }
}

static void freed_by_its_callback(Object *Node)
{
    Object *holder = list_new();
    Object *c = instance_new(Node);
    instance_setattr(c, "self", c);
    Object *callback = callback_new(remove_from_holder, holder);
    Object *wr = weakref_new(c, callback);
    list_append(holder, wr);
    decref(wr);
    decref(callback);
    decref(c);
    printf("c holds itself, holder holds a weak reference to it\n");
    long found = gc_collect();
    printf("gc_collect() returned %ld, holder has %zu items\n", found, list_size(holder));
    decref(holder);
}

int main(int argc, char **argv)
{
    draw = argc > 2 && strcmp(argv[1], "--dot") == 0 ? argv[2] : NULL;
    Object *Node = class_new("Node", NULL);
    Object *a = instance_new(Node);
    Object *b = instance_new(Node);
    instance_setattr(a, "partner", b);
    instance_setattr(b, "partner", a);
    Object *never = callback_new(never_called, NULL);
    Object *watch = weakref_new(b, never);
    instance_setattr(a, "watch", watch);
    Object *report = callback_new(outside_died, NULL);
    Object *outside = weakref_new(a, report);
    peek = weakref_new(b, NULL);
    Object *objects[DRAWN] = {a, b, watch, never, outside, report, peek};
    memcpy(drawn, objects, sizeof drawn);
    decref(watch);
    decref(never);
    decref(a);
    decref(b);
    if (draw && strcmp(draw, "before") == 0)
        draw_heap(NULL);

    long found = gc_collect();
    if (!draw) {
        printf("gc_collect() returned %ld\n", found);
        printf("still alive: Nodes %zu, weak references %zu, callback objects %zu\n",
               ((Class *)Node)->instance_type.account.live_objects,
               WeakRefType.account.live_objects, CallbackType.account.live_objects);
    }
    decref(peek);
    decref(outside);
    decref(report);
    if (!draw)
        freed_by_its_callback(Node);
    decref(Node);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
