# Chapter 3 (generations): --trace-gc names the generation and the counts
# minipy options: --trace-gc
# Each collection's first line says which generation it collects and the
# three counts as it began; its tables list only the objects of the
# generations it collects: collect(0) sees the young pair and not the list
# kept in generation 1, collect(1) sees both (runner_trace_generations.expected).
import gc

gc.disable()


class Node:
    pass


kept = []
gc.collect(0)
a = Node()
b = Node()
a.partner = b
b.partner = a
del a, b
print("collect(0):", gc.collect(0))
c = Node()
c.me = c
del c
print("collect(1):", gc.collect(1))
