# Chapter 5 (finalizers): finalizers and callbacks that change the list or
# dict the program is walking: a list loop sees the change, a dict loop
# fails with python3 3.11's RuntimeError, reported where it happened.
import gc
import weakref

items = [1, 2, 3]
table = {"a": 1, "b": 2}

class Appender:
    def __del__(self):
        items.append(len(items))

class Adder:
    def __del__(self):
        table["added"] = 3

seen = []
for x in items:
    seen.append(x)
    if x == 2:
        Appender()
print(seen, len(items))

def callback_removes(ref):
    del items[0]

class Target:
    pass

t = Target()
r = weakref.ref(t, callback_removes)
seen = []
for x in items:
    seen.append(x)
    if x == 1:
        del t
print(seen)

for key in table:
    Adder()
