# Chapter 4 (weak references): values and keys that die while a weak
# dictionary is walked: python3 3.11's walks (generators) put the removals
# off until the walk ends, and skip the dead entries; a walk left early lets
# the removals go on once it is dropped.
import weakref

class Thing:
    def __init__(self, n):
        self.n = n

values = []
d = weakref.WeakValueDictionary()
for i in range(1000):
    values.append(Thing(i))
    d[i] = values[i]
count = 0
for k in d.keys():
    count += 1
    if count == 2:
        values.clear()
print("keys seen:", count, "left:", len(d))

for i in range(10):
    values.append(Thing(i))
    d[i] = values[i]
seen = []
for v in d.values():
    seen.append(v.n)
    values.pop()
print("values seen:", seen, "left:", len(d))

for item in d.items():
    values.clear()
    print("first item:", item[0], item[1].n)
    break
print("after a walk left early:", len(d), list(d.keys()))

keys = []
wk = weakref.WeakKeyDictionary()
for i in range(6):
    keys.append(Thing(i))
    wk[keys[i]] = i
seen = []
for k in wk:
    seen.append(wk[k])
    if len(seen) == 2:
        keys.clear()
print("weak keys seen:", seen, "left:", len(wk))

for i in range(3):
    keys.append(Thing(i))
    wk[keys[i]] = i
seen = []
for item in wk.items():
    for inner in wk.values():
        seen.append((item[1], inner))
    keys.pop()
print("nested:", seen, "left:", len(wk))
