# Chapter 2 (the runner): a class deleted
# Written after test_gc's test_newstyleclass. Deliberate difference: CPython
# keeps every class in reference cycles (its __mro__, its __dict__'s
# descriptors), so gc.collect() after del counts several objects; minipy's
# class has no such cycles and is freed by reference counting at once, so
# the collection counts 0 (see .expected).
import gc

gc.disable()
gc.collect()

class A:
    def m(self):
        return 1

print(A().m())
del A
print(gc.collect())
print(gc.collect())
