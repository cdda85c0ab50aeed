# Chapter 5 (generators): the protocol's edges: wrong arguments, yield from a
# plain iterator (throw and close go past it) and from an object with close and
# throw methods, a generator that returns before its first yield, a collection
# from inside a running generator, a dict changed under a suspended loop.
def g():
    yield 1
x = g()
for call in (lambda: x.send(), lambda: x.throw(), lambda: x.close(1), lambda: x.send(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
def deleg():
    yield from iter([1, 2, 3])
d = deleg()
next(d)
try:
    d.throw(KeyError("k"))
except KeyError as e:
    print("outer raised", e)
d = deleg()
next(d)
d.close()
print(d.gi_frame)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return 5
    def close(self):
        print("It.close")
    def throw(self, exc):
        print("It.throw", repr(exc))
        return 7
def deleg2():
    r = yield from It()
    print(r)
e = deleg2()
print(next(e), e.send(None))
print(e.throw(ValueError("v")))
e.close()
try:
    e.send(3)
except StopIteration:
    print("stop")
def gen_with_return():
    return 5
    yield
try:
    next(gen_with_return())
except StopIteration as s:
    print(s.value)
print(type(gen_with_return()).__name__)
import gc
def running_referents():
    yield len(gc.get_referents(me)) > 0
me = running_referents()
print(next(me))
def self_collect():
    gc.collect()
    yield 1
    gc.collect()
    yield 2
print(list(self_collect()))
def dict_change(d):
    for k in d:
        yield k
d = {1: 1}
dc = dict_change(d)
next(dc)
d[2] = 2
try:
    next(dc)
except RuntimeError as e:
    print(e)
