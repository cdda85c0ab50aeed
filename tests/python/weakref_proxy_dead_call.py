# Chapter 4 (the runner): calling through a proxy to a function that is gone
import weakref

def make():
    def inner():
        return 1
    return inner

f = make()
p = weakref.proxy(f)
print(p())
del f
p()
