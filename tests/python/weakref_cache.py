# Chapter 4 (weak references): a cache that does not keep what it caches alive.  A
# WeakValueDictionary maps names to expensive objects; as long as a program uses an
# object, a second lookup finds it; once nobody does, it goes from the cache by itself.
import gc
import weakref

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads = Image.loads + 1
        self.name = name
        self.pixels = list(range(1000))

cache = weakref.WeakValueDictionary()

def load(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
    return image

a = load("cat")
b = load("cat")
print("same object:", a is b, "loads:", Image.loads, "cached:", len(cache))
c = load("dog")
print("loads:", Image.loads, "cached:", sorted(cache.keys()))
del a
print("one user left, still cached:", "cat" in cache)
del b
print("no user left:", "cat" in cache, sorted(cache.keys()))
load("cat")
print("a temporary is not kept:", Image.loads, len(cache))
del c
print("empty:", len(cache), "collected:", gc.collect())
