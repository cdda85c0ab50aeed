# Chapter 2 (the runner): only unreachable cycles are collected
# A cycle still reachable from a global, or from a running function's
# locals, survives; garbage that points at a live object frees only itself;
# untracked objects inside a garbage cycle are freed but not counted.
import gc

gc.disable()
gc.collect()
a = []
a.append(a)
keep = [a]
del a
print("reachable from a global:", gc.collect())
del keep
print("then dropped:", gc.collect())

def collect_while_alive():
    mine = []
    mine.append(mine)
    return gc.collect()

print("reachable from a running frame:", collect_while_alive())
print("after the frame is gone:", gc.collect())

live = [1]
g = [live]
g.append(g)
del g
print("garbage pointing at a live list:", gc.collect(), live)

u = [{"a": 1}, "s", 5, (), {}]
u.append(u)
del u
print("cycle holding untracked objects:", gc.collect())

v = [{"a": []}]
v.append(v)
del v
print("cycle holding a tracked dict and its list:", gc.collect())
