# Chapter 5 (finalizers): a __del__ run at shutdown appends to gc.callbacks
# and collects: no callback is called in the shutdown's collections (python3
# 3.11 calls them only in the one an enabled collector starts it with), and
# gc.collect() inside a collection returns 0.
import gc

def report(phase, info):
    print("callback", phase)

class A:
    def __del__(self):
        gc.callbacks.append(report)
        print("collect inside __del__:", gc.collect())
        print("callbacks:", len(gc.callbacks))

a = A()
print("end of the program")
