# Chapter 2 (the runner): a slice is a tracked container
# CPython 3.11 tracks a slice, since its parts may be any objects: the
# collector sees what it holds, and a slice in a cycle is collected.
import gc

s = slice(1, 5, 2)
print(gc.is_tracked(s))
print(gc.get_referents(s))
holder = []
s = slice(holder, None)
holder.append(s)
del s, holder
print(gc.collect())
copy = [1, 2, 3][:]
print(gc.is_tracked(copy), gc.is_tracked("abc"[1:]))
