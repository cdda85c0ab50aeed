# Chapter 4 (weak references): a WeakValueDictionary's values must be weakly referenceable.
import weakref
d = weakref.WeakValueDictionary()
d['x'] = 'a str'
