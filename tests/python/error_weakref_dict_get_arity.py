# Chapter 4 (weak references): the weak dictionaries' methods are written in Python in
# CPython, and count self in their messages.
import weakref
d = weakref.WeakValueDictionary()
print(d.get(1, 2))
d.get()
