# Chapter 4 (the runner): an int cannot be weakly referenced, so no proxy
import weakref

weakref.proxy(42)
