# Chapter 4 (weak references): callbacks that allocate enough to start collections, which
# run more callbacks: from inside a decref, and from inside a collection.
import gc
import weakref

class A:
    pass

made = []
def hungry(wr):
    junk = []
    for i in range(3000):
        x = A()
        x.self = x
        junk.append([x])
    made.append(len(junk))

def watched_cycle():
    a = A()
    a.self = a
    return a

refs = []
for i in range(20):
    refs.append(weakref.ref(watched_cycle(), hungry))
    b = A()
    refs.append(weakref.ref(b, hungry))
    del b
print("callbacks so far:", len(made))
gc.collect()
print("after a full collection:", len(made), "all dead:", refs[0]() is None and refs[-1]() is None)
gc.collect()
print("done", len(made))
