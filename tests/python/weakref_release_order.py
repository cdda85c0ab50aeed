# Chapter 4 (weak references): bound methods as callbacks (one in a cycle with its object),
# weak dicts whose entries hold their own keys or values strongly, and a tuple released last
# item first as CPython's, so that a ref dies before the object it watches: no callback.
import gc, weakref
class A:
    def gone(self, wr):
        print("method callback")
a = A()
a.r = weakref.ref(a, a.gone)
del a
print(gc.collect())
b = A()
other = A()
r = weakref.ref(other, b.gone)
del b
del other
d = weakref.WeakKeyDictionary()
k = A()
d[k] = k
del k
print(len(d), gc.collect(), len(d))
del d
print(gc.collect())
v = weakref.WeakValueDictionary()
x = A()
v[x] = x
del x
print(len(v), gc.collect())
def cb(w):
    print("cb of", len(holder))
    holder.clear()
holder = {}
for i in range(5):
    o = A()
    holder[i] = (o, weakref.ref(o, cb))
del o
holder.clear()
print("end")
