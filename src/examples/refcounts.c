/* refcounts.c: chapter 1's first program.  It builds the seed article's two
 * nodes without the cycle, watches the counts, and shows the account. */
#include <stdio.h>

#include "runtime.h"

int main(void)
{
    Object *Node = class_new("Node", NULL);
    Object *node1 = instance_new(Node);
    Object *node2 = instance_new(Node);
    instance_setattr(node1, "next", node2);
    printf("node1 count %ld, node2 count %ld (one from node1.next)\n",
           (long)node1->refcnt, (long)node2->refcnt);

    decref(node2); /* our variable goes; node1.next still holds it */
    printf("after dropping our node2: node2 count %ld\n", (long)node2->refcnt);
    account_report(stdout);

    decref(node1); /* frees node1, which releases node2 in turn */
    decref(Node);
    printf("after dropping node1 and the class:\n");
    account_report(stdout);
    debug_release_quarantine();
    return account_total().live_objects == 0 ? 0 : 1;
}
