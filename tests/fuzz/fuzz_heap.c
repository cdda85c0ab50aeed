/* fuzz_heap.c: libFuzzer drives the oracle of tests/unit/heap_ops.c with
 * programs made from its input, four bytes an operation (chapter 2).  Any
 * check that fails, any object left alive, any crash is a finding. */
#include <stdlib.h>

#include "heap_ops.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Heap heap;
    heap_init(&heap);
    for (size_t i = 0; i + 4 <= size; i += 4) {
        HeapOp op = {data[i], data[i + 1], data[i + 2], data[i + 3]};
        heap_apply(&heap, op);
        if (op.kind % OP_KINDS == OP_COLLECT && heap_check(&heap) != NULL)
            abort();
    }
    heap_fini(&heap);
    if (account_total().live_objects != 0)
        abort();
    return 0;
}
