# Chapter 2 (the runner): a class with bases is in a cycle with its MRO,
# as in CPython, so deleting it leaves it to the collector.
import gc
gc.disable()
gc.collect()
class Base:
    pass
class Derived(Base):
    pass
print(Derived.__mro__[0] is Derived)
del Derived
print(gc.collect() > 0)
print(gc.collect())
