# Chapter 5 (generators): a StopIteration raised inside a generator becomes
# RuntimeError("generator raised StopIteration") (PEP 479), its cause the
# StopIteration.
def leaky(it):
    yield next(it)
    yield next(it)

try:
    print(list(leaky(iter([1]))))
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__suppress_context__)

def explicit():
    yield 1
    raise StopIteration("payload")

g = explicit()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
print(g.gi_frame)
