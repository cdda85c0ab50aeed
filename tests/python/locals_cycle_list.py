# Chapter 2 (the runner): a cycle left behind by a function's locals
# Written after test_gc's test_frame-like scenario: a function makes a list
# that contains itself and returns; the list outlives the call and one
# collection frees it (1 object) per call.
import gc

gc.disable()

def f():
    l = []
    l.append(l)
    return len(l)

gc.collect()
print(f())
print(gc.collect())
for i in range(5):
    f()
print(gc.collect())
