/* finalizer_ring.c: chapter 5's collections.  A ring of four Rings, a, b,
 * c and d, each holding the next, is garbage; each finalizer reads its
 * neighbour and its neighbour's neighbour, and finds them whole.  The
 * program keeps a weak reference `peek` to a, with a callback: it is
 * cleared, and its callback runs, before any finalizer.  Then a second
 * ring, e to h, beside two plain Nodes that hold themselves; h's finalizer
 * puts h in a list, the lifeboat, and the whole ring is rescued, every
 * finalizer run, while the two Nodes are collected.  The lifeboat lets go
 * and a second collection frees the ring without finalizing it again.
 * With --dot before (or --dot finalizing) it draws the first ring before
 * the collection (or as a's finalizer runs); with --dot resurrecting, the
 * second heap as h's finalizer returns. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

#define DRAWN 7
static Object *drawn[DRAWN];
static const char *notes[DRAWN];
static size_t ndrawn;
static const char *draw; /* the moment to draw, or NULL to print */
static Object *peek;
static Object *lifeboat;
static Object *rescuer;  /* the Ring whose finalizer resurrects it */

static DumpMark mark_of(const Object *op, void *arg)
{
    (void)arg;
    for (size_t i = 0; i < ndrawn; i++)
        if (drawn[i] == op)
            return (DumpMark){.note = notes[i]};
    return (DumpMark){0};
}

/* The heap, with what holds it from outside: the program's variables and,
 * while a finalizer runs, finalize_garbage's reference to its object. */
static void draw_heap(Object *finalizing)
{
    DumpHolder holders[3];
    size_t nholders = 0;
    if (peek) {
        holders[nholders++] = (DumpHolder){"C variable peek", peek};
        holders[nholders++] = (DumpHolder){"C variable callback", drawn[5]};
    } else {
        holders[nholders++] = (DumpHolder){"C variable lifeboat", lifeboat};
    }
    if (finalizing)
        holders[nholders++] = (DumpHolder){"finalize_garbage", finalizing};
    dump_picture(stdout, &(Picture){.objects = drawn, .count = ndrawn, .mark = mark_of,
                                    .holders = holders, .nholders = nholders});
}

static void keep(Object *op, const char *note)
{
    drawn[ndrawn] = op;
    notes[ndrawn++] = note;
}

static const char *name_of(const Object *ring)
{
    return str_chars(instance_getattr(ring, "name"));
}

static void ring_finalizer(Object *self)
{
    Object *next = instance_getattr(self, "next");
    Object *after = instance_getattr(next, "next");
    if (self == rescuer)
        list_append(lifeboat, self);
    if (draw) {
        bool first = strcmp(draw, "finalizing") == 0 && strcmp(name_of(self), "a") == 0;
        if (first || (strcmp(draw, "resurrecting") == 0 && self == rescuer))
            draw_heap(self);
        return;
    }
    Object *target = peek ? weakref_get(peek) : NULL;
    printf("finalizer of %s: next is %s, whose next is %s%s%s\n", name_of(self),
           name_of(next), name_of(after), peek ? (target ? "; peek() is a" : "; peek() is NULL") : "",
           self == rescuer ? "; into the lifeboat" : "");
    xdecref(target);
}

static void peek_died(Object *data, Object *wr)
{
    (void)data, (void)wr;
    if (!draw)
        printf("callback of peek\n");
}

static Object *make_ring(Object *Ring, const char *names, Object **ring)
{
    for (size_t i = 0; i < 4; i++) {
        char name[2] = {names[i], '\0'};
        Object *str = str_new(name);
        ring[i] = instance_new(Ring);
        instance_setattr(ring[i], "name", str);
        decref(str);
    }
    for (size_t i = 0; i < 4; i++)
        instance_setattr(ring[i], "next", ring[(i + 1) % 4]);
    return ring[0];
}

static size_t live(Object *cls)
{
    return ((Class *)cls)->instance_type.account.live_objects;
}

int main(int argc, char **argv)
{
    draw = argc > 2 && strcmp(argv[1], "--dot") == 0 ? argv[2] : NULL;
    Object *Ring = class_new("Ring", ring_finalizer);
    Object *Node = class_new("Node", NULL);
    Object *ring[4];

    make_ring(Ring, "abcd", ring);
    Object *callback = callback_new(peek_died, NULL);
    peek = weakref_new(ring[0], callback);
    const char *ring_notes[4] = {"a", "b", "c", "d"};
    for (size_t i = 0; i < 4; i++)
        keep(ring[i], ring_notes[i]);
    keep(peek, "peek");
    keep(callback, "its callback");
    for (size_t i = 0; i < 4; i++)
        decref(ring[i]);
    if (draw && strcmp(draw, "before") == 0)
        draw_heap(NULL);
    long found = gc_collect();
    if (!draw)
        printf("gc_collect() returned %ld; Rings alive: %zu\n\n", found, live(Ring));
    decref(peek);
    decref(callback);
    peek = NULL;

    ndrawn = 0;
    lifeboat = list_new();
    keep(lifeboat, "the lifeboat");
    make_ring(Ring, "efgh", ring);
    rescuer = ring[3];
    const char *second_notes[4] = {"e", "f", "g", "h"};
    for (size_t i = 0; i < 4; i++)
        keep(ring[i], second_notes[i]);
    for (size_t i = 0; i < 2; i++) {
        Object *node = instance_new(Node);
        instance_setattr(node, "self", node);
        keep(node, "a Node");
        decref(node);
    }
    for (size_t i = 0; i < 4; i++)
        decref(ring[i]);
    found = gc_collect();
    if (!draw) {
        size_t finalized = 0;
        for (size_t i = 0; i < 4; i++)
            finalized += gc_is_finalized(ring[i]);
        printf("gc_collect() returned %ld; Rings alive: %zu, finalized: %zu; Nodes alive: %zu\n",
               found, live(Ring), finalized, live(Node));
        printf("the lifeboat lets go\n");
    }
    decref(list_pop(lifeboat, 0));
    found = gc_collect();
    if (!draw)
        printf("gc_collect() returned %ld; Rings alive: %zu\n", found, live(Ring));

    decref(lifeboat);
    decref(Node);
    decref(Ring);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
