# Chapter 5 (generators): resuming a running generator, uncaught.
def g():
    yield next(gen)

gen = g()
next(gen)
