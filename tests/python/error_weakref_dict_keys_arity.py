# Chapter 4 (weak references): keys() takes no argument but self.
import weakref
d = weakref.WeakKeyDictionary()
print(list(d.keys()))
d.keys(1)
