# Chapter 5 (finalizers): weakref.finalize: calling it runs func once and
# returns its result, then None; alive, peek(), detach(), atexit; it runs when
# the object dies, by reference counting or in a collection.
import gc
import weakref

class Res:
    pass

def close(name, n):
    print("close", name, n)
    return n * 2

r = Res()
f = weakref.finalize(r, close, "first", 21)
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1] is close, f.peek()[2], f.peek()[3])
print(f(), f(), f.alive, f.peek(), f.detach())
g = weakref.finalize(r, close, "second", 1)
info = g.detach()
print(info[0] is r, info[2], info[3], g.alive, g(), g.detach())
h = weakref.finalize(r, close, "third", 2)
h.atexit = 0
print(h.atexit, type(h), weakref.finalize)
del r
print(h.alive)
s = Res()
s.me = s
weakref.finalize(s, close, "cyclic", 3)
del s
print("collected", gc.collect())
print(weakref.finalize(Res(), len, [1, 2]).alive)
