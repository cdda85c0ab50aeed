# Chapter 5 (generators): an uncaught RuntimeError from close() of a
# generator that yields again instead of finishing.
def g():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass

gen = g()
next(gen)
gen.close()
