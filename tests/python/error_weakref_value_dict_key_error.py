# Chapter 4 (weak references): a value that died leaves no entry: KeyError, as for a key
# never stored.
import weakref
class A:
    pass
d = weakref.WeakValueDictionary()
d['gone'] = A()
print(len(d), d.get('gone'))
d['gone']
