# Chapter 5 (finalizers): __del__ inherited from a base class runs when a
# subclass's instance dies, by reference counting and in a cycle.
import gc
gc.disable()
class Resource:
    def __del__(self):
        print("closing", self.name)
class File(Resource):
    def __init__(self, name):
        self.name = name
f = File("a.txt")
del f
g = File("cycle.txt")
g.me = g
del g
print("collected", gc.collect() > 0)
