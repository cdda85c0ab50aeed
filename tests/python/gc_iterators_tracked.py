# Chapter 4 (weak references): enumerate, zip and reversed objects hold what
# they iterate.  Each is a tracked container whose referents are the
# iterables it reads (CPython 3.11 tracks them), so an iterator stored in
# an object that it iterates makes a cycle the collector reclaims.
import gc
import weakref

data = [1, 2]
e = enumerate(data)
print(gc.is_tracked(e), gc.is_tracked(zip()), gc.is_tracked(reversed(data)))
print(data in gc.get_referents(reversed(data)))


class Holder:
    pass


gc.collect()
h = Holder()
h.items = [h]
h.walker = zip(h.items)
probe = weakref.ref(h)
del h
print(probe() is not None, gc.collect() > 0, probe())
