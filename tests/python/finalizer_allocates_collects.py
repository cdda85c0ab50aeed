# Chapter 5 (finalizers): finalizers that allocate a lot and that call
# gc.collect() themselves, inside a collection and inside a decref: the nested
# collection does nothing while one runs, and the program's state stays whole.
import gc

made = []

class Big:
    def __del__(self):
        lists = []
        for i in range(2000):
            lists.append([i])
        made.append(lists)
        print("Big.__del__ made", len(lists))

class Collector:
    def __del__(self):
        print("Collector.__del__ collects", gc.collect())

b = Big()
b.me = b
c = Collector()
c.me = c
del b, c
print("outer collected", gc.collect())
k = Collector()
junk = [1]
junk.append(junk)
del junk
del k
print(len(made), gc.collect())
