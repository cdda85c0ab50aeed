# Chapter 0 (introduction): sys.getrefcount of a fresh object, an alias, a del
# The book's block at chapters/00-introduction.md:115 (`import sys`), with
# `object()` (outside minipy's subset) replaced by a fresh list `[]`.
import sys

x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
