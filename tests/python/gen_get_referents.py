# Chapter 5 (generators in memory): what gc.get_referents sees of a
# suspended generator: its frame's locals, as CPython 3.11's gen_traverse
# visits them, and, once it is finished, none of them.  Only what both
# runtimes hold is printed: CPython also lists its code object, which
# minipy has not, and the list_iterator of the loop it is suspended in,
# where minipy's loop holds the list itself.
import gc

class Marker:
    pass

def walk(items, marker):
    local = [marker]
    for item in items:
        yield item

items = [1, 2, 3]
marker = Marker()
g = walk(items, marker)
print("unstarted, holds its arguments:", items in gc.get_referents(g),
      marker in gc.get_referents(g))
next(g)
referents = gc.get_referents(g)
print("suspended, holds:", items in referents, marker in referents)
print("a local list:", [marker] in referents)
del referents
for _ in g:
    pass
referents = gc.get_referents(g)
print("finished, holds:", items in referents, marker in referents)
print("its function, new and finished:", walk in gc.get_referents(walk(items, marker)),
      walk in referents)
print(gc.is_tracked(g))
