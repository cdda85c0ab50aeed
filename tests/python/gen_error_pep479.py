# Chapter 5 (generators): PEP 479's RuntimeError, uncaught.
def g():
    yield 1
    raise StopIteration

for x in g():
    print(x)
