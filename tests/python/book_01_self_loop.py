# Chapter 1 (reference counting): a list that holds itself
# The book's block at chapters/01-reference-counting.md:526 (`import gc`,
# `import sys`, gc.disable()), unchanged: repr [[...]], count 3, collect 1.
import gc
import sys

gc.disable()
loop = []
loop.append(loop)
print(loop)
print(sys.getrefcount(loop))
del loop
print(gc.collect())
