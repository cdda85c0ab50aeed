# Chapter 5 (finalizers): a ring of four whose finalizers each read their
# neighbour and their neighbour's neighbour: every finalizer of the garbage
# runs, in the collector's list order, before anything of it is cleared.
import gc

class Ring:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__ of", self.name, "next is", self.next.name,
              "whose next is", self.next.next.name)

def ring():
    rings = [Ring("a"), Ring("b"), Ring("c"), Ring("d")]
    for i in range(4):
        rings[i].next = rings[(i + 1) % 4]

ring()
print("collected:", gc.collect())
