/* resident_memory.c: chapter 6's demonstration.  A million instances are
 * made, all but one in a hundred dropped, then the rest; the resident
 * memory of the process is printed after each step.  It stays while the
 * survivors are scattered over every arena, and returns when none is left.
 * Then the pattern that lets it return: the long-lived objects made first,
 * so that they fill arenas of their own. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <unistd.h>

#include "runtime.h"

#define OBJECTS 1000000
#define KEEP_ONE_IN 100
#define MIB (1024.0 * 1024.0)

/* The resident memory of this process, in bytes (the second field of
 * /proc/self/statm, in pages). */
static double resident_bytes(void)
{
    FILE *statm = fopen("/proc/self/statm", "r");
    unsigned long size = 0, resident = 0;
    if (statm == NULL || fscanf(statm, "%lu %lu", &size, &resident) != 2)
        fatal_argument("resident_bytes", "cannot read /proc/self/statm");
    fclose(statm);
    return (double)resident * (double)sysconf(_SC_PAGESIZE);
}

/* A debug build keeps the last objects freed back from the allocator, to
 * catch a use after free (debug.c); they would keep their arenas, so each
 * report gives them back first, as a release build would have. */
static void report(const char *when, double baseline)
{
    debug_release_quarantine();
    printf("%-40s %6.1f MiB\n", when, (resident_bytes() - baseline) / MIB);
}

static Object *make_nodes(Object *Node, size_t count)
{
    Object *nodes = list_new();
    for (size_t i = 0; i < count; i++) {
        Object *node = instance_new(Node);
        list_append(nodes, node);
        decref(node);
    }
    return nodes;
}

static Object *every_hundredth(Object *nodes)
{
    Object *kept = list_new();
    for (size_t i = 0; i < list_size(nodes); i += KEEP_ONE_IN)
        list_append(kept, list_getitem(nodes, i));
    return kept;
}

int main(void)
{
    Object *Node = class_new("Node", NULL);
    double baseline = resident_bytes();
    printf("resident memory above the start:\n");
    Object *nodes = make_nodes(Node, OBJECTS);
    report("a million Nodes", baseline);
    Object *kept = every_hundredth(nodes);
    decref(nodes);
    report("all dropped but one in a hundred", baseline);
    decref(kept);
    report("the last ones dropped too", baseline);

    /* The same survivors, made first: they fill arenas of their own, and
     * the temporaries' arenas empty wholly. */
    Object *long_lived = make_nodes(Node, OBJECTS / KEEP_ONE_IN);
    Object *temporaries = make_nodes(Node, OBJECTS);
    report("long-lived first, then a million more", baseline);
    decref(temporaries);
    report("the million dropped", baseline);
    decref(long_lived);
    decref(Node);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
