/* fuzz_minipy.c: libFuzzer target for the runner: random bytes as a Python
 * program.  Chapter 2 (the runner).
 *
 * Whatever the input, minipy must not crash, hang, leak or corrupt memory:
 * every input ends in a clean exit status (0 or 1) with nothing left alive.
 * A program runs at most FUZZ_MAX_STEPS statements in a heap of at most
 * FUZZ_MAX_HEAP bytes, so that `while True: pass` is a finding of nothing. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "account.h"
#include "interp.h"

#define FUZZ_MAX_STEPS 20000
#define FUZZ_MAX_HEAP ((size_t)64 << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (sink == NULL) /* the program's output is not what is tested */
        sink = freopen("/dev/null", "w", stdout);
    char *source = malloc(size + 1);
    if (source == NULL)
        abort();
    for (size_t i = 0; i < size; i++)
        source[i] = (char)data[i];
    source[size] = '\0';
    RunOptions options = {.max_steps = FUZZ_MAX_STEPS, .max_live_bytes = FUZZ_MAX_HEAP};
    int status = interp_execute("<fuzz>", source, size, &options);
    free(source);
    if (status != 0 && status != 1)
        abort(); /* a leak, reported as a crash so libFuzzer keeps the input */
    return 0;
}
