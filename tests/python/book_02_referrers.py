# Chapter 2 (the runner): gc.get_referrers, gc.get_referents, gc.get_objects
# The book's block at chapters/02-cycles.md:631 (`import gc`, x = []); the
# generator expressions inside sorted() and any() are written as loops.
import gc

x = []
holder = [x]
table = {"key": x}
names = []
for r in gc.get_referrers(x):
    names.append(type(r).__name__)
print(sorted(names))
print(gc.get_referents([1, "two", [3]]))
print(gc.get_referents({"a": 1}), gc.get_referents({1: "a"}), gc.get_referents(12345))
objects = gc.get_objects()
found = False
for o in objects:
    if o is objects:
        found = True
print(found)
