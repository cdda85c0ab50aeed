# Chapter 5 (finalizers): a four-object ring whose __del__s read both neighbours:
# in a collection every object of the trash is intact while each finalizer runs.
import gc

class Link:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees", self.prev.name, "and", self.next.name,
              "with", len(self.prev.items), "and", len(self.next.items), "items")

gc.disable()
ring = [Link("w"), Link("x"), Link("y"), Link("z")]
for i in range(4):
    ring[i].next = ring[(i + 1) % 4]
    ring[i].prev = ring[(i + 3) % 4]
    ring[i].items = [i] * (i + 1)
ring = None
print("collected", gc.collect())
