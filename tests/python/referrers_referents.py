# Chapter 2 (the runner): gc.get_referrers and gc.get_referents
# Written after test_gc's test_get_referents and test_get_referrers: what a
# container refers to, in order, and which containers refer to an object.
import gc

gc.disable()

class C:
    pass

x = []
holder = [x]
table = {"key": x}
inst = C()
inst.attr = x
refs = gc.get_referrers(x)
print(holder in refs, table in refs, inst in refs)
names = []
for r in refs:
    if r is holder or r is table or r is inst:
        names.append(type(r).__name__)
print(sorted(names))

alist = [1, "two", [3]]
got = gc.get_referents(alist)
print(len(got), got[0], got[1], got[2] is alist[2])
print(gc.get_referents({"a": 1}), gc.get_referents({1: "a"}))
print(gc.get_referents(12345), gc.get_referents("text"), gc.get_referents(None))
t = (x, holder)
got = gc.get_referents(t)
print(len(got), got[0] is x, got[1] is holder)
got = gc.get_referents(x, holder, t)
print(len(got), got.count(x), got.count(holder))
print(len(gc.get_referents()))

a = []
b = [a]
c = [a, b]
def among(found, wanted):
    n = 0
    for r in found:
        if r in wanted:
            n += 1
    return n

print(among(gc.get_referrers(a), [b, c]))
print(among(gc.get_referrers(a, b), [b, c]))
