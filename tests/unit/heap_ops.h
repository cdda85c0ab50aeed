/* heap_ops.h: a small language of heap operations, shared by the oracle test
 * and the fuzzer (chapter 2).  A program is a list of operations on a few
 * slots (the program's variables); an operation that makes no sense where it
 * stands (linking from an atom, say) does nothing, so any sublist of a
 * program is a program too, which is what lets a failure be minimized. */
#ifndef TEST_HEAP_OPS_H
#define TEST_HEAP_OPS_H

#include <stdint.h>
#include <stdio.h>

#include "runtime.h"

#define HEAP_SLOTS 16
#define HEAP_CLASSES 2

typedef enum OpKind {
    OP_NEW_LIST,
    OP_NEW_DICT,
    OP_NEW_INSTANCE,
    OP_NEW_ATOM,
    OP_LINK,    /* slot a's container refers to slot b */
    OP_UNLINK,  /* slot a's container drops one reference */
    OP_DROP,    /* the variable a lets go */
    OP_COPY,    /* b = a */
/*< 3 op_collect
    OP_COLLECT, /\* collect, then check *\/
*/
//> 3 op_collect
    OP_COLLECT, /* collect generation c % NUM_GENERATIONS, then check */
//< 3 op_collect
//> 4 op_new_weakref
    OP_NEW_WEAKREF, /* a = a weak reference to b's object; with a callback holding c's if c is odd */
//< 4 op_new_weakref
    OP_KINDS
} OpKind;

typedef struct HeapOp {
    uint8_t kind, a, b, c;
} HeapOp;

typedef struct Heap {
    Object *slots[HEAP_SLOTS];
    Object *classes[HEAP_CLASSES];
//> 3 heap_collected
    int collected; /* the generation the last OP_COLLECT collected */
//< 3 heap_collected
//> 4 heap_weak_expectations
    /* What the weak references the variables reach must do in the next
     * collection: heap_expect writes it, heap_check checks it. */
    struct WeakExpectation *expected;
    size_t expected_count;
//< 4 heap_weak_expectations
} Heap;

void heap_init(Heap *heap);
void heap_apply(Heap *heap, HeapOp op);
/* NULL if the objects alive are exactly those the slots and classes reach
 * (marked independently of the collector), or what is wrong.  From chapter
 * 3, exactly only after a full collection (see heap_check). */
const char *heap_check(const Heap *heap);
//> 4 heap_expect
/* Before a collection: what it must do, for each weak reference the
 * variables reach (chapter 5: and how many finalizers it must run);
 * heap_apply calls it for OP_COLLECT. */
void heap_expect(Heap *heap);
//< 4 heap_expect
/* Drop everything and collect; afterwards nothing should be alive. */
void heap_fini(Heap *heap);
/* The operation as a line of C, for a reproduction. */
void heap_op_print(FILE *out, HeapOp op);

#endif
