# Chapter 5 (finalizers): a __del__ that stores its object in a global list
# resurrects it, as an ordinary object, its weak reference still working;
# it is finalized, and when the list lets go it dies without a second call.
import gc
import weakref

gc.disable()
lifeboat = []

class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        lifeboat.append(self)

p = Phoenix()
peek = weakref.ref(p)
del p
print("alive:", len(lifeboat), "finalized:", gc.is_finalized(lifeboat[0]),
      "peek() is it:", peek() is lifeboat[0])
lifeboat.clear()
print("after the lifeboat let go, peek() is", peek())
