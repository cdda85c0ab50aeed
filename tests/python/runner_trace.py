# Chapter 2 (the runner): what --trace-gc prints, phase by phase
# minipy options: --trace-gc
# A list kept by a global, a two-instance cycle dropped, a self-referencing
# list dropped: the trace's tables and counts are recorded (python3 has no
# trace) in runner_trace.expected; the program's own output agrees.
import gc

gc.disable()

class Node:
    pass

kept = []
a = Node()
b = Node()
a.partner = b
b.partner = a
loop = []
loop.append(loop)
del a, b, loop
print("unreachable:", gc.collect())
print("again:", gc.collect())
