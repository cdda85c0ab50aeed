# Chapter 2 (the runner): --trace-gc when the collector starts by itself
# minipy options: --trace-gc
# Self-referencing lists dropped in a loop raise the allocation count past
# the threshold (700) with the collector enabled: a collection runs in the
# middle of the loop, as runner_trace_automatic.expected records.
import gc

print("enabled:", gc.isenabled())
made = 0
for i in range(750):
    loop = [i]
    loop.append(loop)
    made += 1
del loop
print("made:", made)
print("found more:", gc.collect() > 0)
