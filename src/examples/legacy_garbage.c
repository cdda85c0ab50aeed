/* legacy_garbage.c: chapter 5's history lesson.  With legacy finalizers on
 * (gc_set_legacy_finalizers), the collector behaves as CPython 3.3's: two
 * Resources that hold each other, each with a finalizer, and a plain Node
 * that one of them holds, are uncollectable; a plain Node that holds
 * itself is collected.  The Resources end in the garbage list, and the
 * program does what 3.3's programs had to: it breaks their cycle by hand
 * and empties the list, and reference counting frees them, running their
 * finalizers.  With --dot it draws the heap after the collection. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

static bool dot; /* draw instead of printing */

static void resource_finalizer(Object *self)
{
    if (!dot)
        printf("finalizer of Resource %s\n", str_chars(instance_getattr(self, "name")));
}

static Object *resource(Object *Resource, const char *name)
{
    Object *r = instance_new(Resource), *str = str_new(name);
    instance_setattr(r, "name", str);
    decref(str);
    return r;
}

static DumpMark mark_of(const Object *op, void *arg)
{
    Object *const *notes = arg;
    if (op == notes[0])
        return (DumpMark){.note = "gc_get_garbage()"};
    if (is_instance(op) && instance_getattr(op, "name"))
        return (DumpMark){.note = str_chars(instance_getattr(op, "name"))};
    return (DumpMark){.note = "held by a"};
}

int main(int argc, char **argv)
{
    dot = argc > 1 && strcmp(argv[1], "--dot") == 0;
    Object *Resource = class_new("Resource", resource_finalizer);
    Object *Node = class_new("Node", NULL);
    gc_set_legacy_finalizers(true);

    Object *a = resource(Resource, "a"), *b = resource(Resource, "b");
    Object *held = instance_new(Node), *loop = instance_new(Node);
    instance_setattr(a, "partner", b);
    instance_setattr(b, "partner", a);
    instance_setattr(a, "held", held);
    instance_setattr(loop, "self", loop);
    decref(a), decref(b), decref(held), decref(loop);

    long found = gc_collect();
    Object *garbage = gc_get_garbage();
    GCStats stats = gc_get_stats(GC_OLDEST);
    if (dot) {
        Object *drawn[] = {garbage, a, b, held};
        DumpHolder holders[] = {{"the collector's state", garbage}};
        dump_picture(stdout, &(Picture){.objects = drawn, .count = 4, .mark = mark_of,
                                        .arg = drawn, .holders = holders, .nholders = 1});
    } else {
        printf("gc_collect() returned %ld: collected %ld, uncollectable %ld\n", found,
               stats.collected, stats.uncollectable);
        printf("garbage holds %zu objects: Resource %s and Resource %s; Nodes alive: %zu\n",
               list_size(garbage), str_chars(instance_getattr(list_getitem(garbage, 0), "name")),
               str_chars(instance_getattr(list_getitem(garbage, 1), "name")),
               ((Class *)Node)->instance_type.account.live_objects);
    }

    /* What a 3.3 program did: break the cycles, then empty the list. */
    for (size_t i = 0; i < list_size(garbage); i++)
        instance_delattr(list_getitem(garbage, i), "partner");
    if (!dot)
        printf("partners deleted; the garbage list emptied\n");
    gc_release_garbage();
    if (!dot)
        printf("Resources alive: %zu, Nodes alive: %zu\n",
               ((Class *)Resource)->instance_type.account.live_objects,
               ((Class *)Node)->instance_type.account.live_objects);

    gc_set_legacy_finalizers(false);
    decref(Node);
    decref(Resource);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
