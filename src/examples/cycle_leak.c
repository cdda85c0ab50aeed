/* cycle_leak.c: chapter 1's last program.  The seed article's two nodes
 * pointing at each other: once the program lets go of them, reference
 * counting alone frees neither.  With --dot it draws them instead. */
#include <stdio.h>
#include <string.h>

#include "runtime.h"

int main(int argc, char **argv)
{
    bool draw = argc > 1 && strcmp(argv[1], "--dot") == 0;
    Object *Node = class_new("Node", NULL);
    Object *node1 = instance_new(Node);
    Object *node2 = instance_new(Node);
    instance_setattr(node1, "next", node2);
    instance_setattr(node2, "next", node1);
    decref(node1);
    decref(node2);
    decref(Node);
    if (draw) {
        dump_objects(stdout, (Object *[]){node1, node2}, 2);
    } else {
        printf("the program holds nothing, yet:\n");
        account_report(stdout);
        printf("node1 count %ld, node2 count %ld: each held only by the other\n",
               (long)node1->refcnt, (long)node2->refcnt);
    }

    /* Chapter 2's collector will find this by itself; here we break the
     * cycle by hand so that the program ends clean. */
    instance_delattr(node1, "next");
    if (!draw) {
        printf("after deleting node1.next by hand:\n");
        account_report(stdout);
    }
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
