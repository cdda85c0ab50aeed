# Chapter 5 (generators in memory): generators can be weakly referenced, and
# die by reference counting as soon as nothing holds them.
import weakref

def g():
    yield 1

gen = g()
ref = weakref.ref(gen)
print(ref() is gen)
next(gen)
del gen
print(ref())
def dying():
    try:
        yield
    finally:
        print("closed; weak reference already dead:", probe() is None)
d = dying()
probe = weakref.ref(d)
next(d)
d = None
print("end")
