# Chapter 2 (the runner): --trace-gc with a function shown and a long table left out
# minipy options: --trace-gc
# A first collection shows a function in its tables; a second one, with 100
# lists alive, leaves its tables out (more than 64 objects), as
# runner_trace_large.expected records.
import gc

gc.disable()


def helper():
    return 1


pair = [helper]
pair.append(pair)
del pair
print("first:", gc.collect())
many = []
for i in range(100):
    many.append([i])
print("second:", gc.collect())
del many
print("third:", gc.collect())
