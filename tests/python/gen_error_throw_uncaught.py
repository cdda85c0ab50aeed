# Chapter 5 (generators): an exception thrown into a generator that does not
# catch it comes back out of throw().
def g():
    yield 1

gen = g()
next(gen)
gen.throw(KeyError("thrown"))
