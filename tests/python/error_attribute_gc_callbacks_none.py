# Chapter 3 (generations): a callback that is not callable
# Calling it raises in the collection, which reports the TypeError as
# unraisable and goes on; the program's own mistake afterwards ends it.
import gc

gc.callbacks.append(None)
print("collect() returns", gc.collect())
gc.callbacks.pop()
print(gc.callbacks)
gc.callbacks.no_such_method()
