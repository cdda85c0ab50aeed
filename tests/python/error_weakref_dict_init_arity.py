# Chapter 4 (weak references): WeakValueDictionary() takes at most one dict.
import weakref
weakref.WeakValueDictionary({}, {})
