# Chapter 5 (generators): the attributes of a generator object, over its
# life: gi_running, gi_suspended, gi_frame (None once it is finished),
# gi_yieldfrom, __name__, __qualname__, its type's name.
def outer():
    def inner():
        yield 1
    return inner

make = outer()
g = make()
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(g).startswith("<generator object outer.<locals>.inner at 0x"))
print(g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_yieldfrom)
print("frame line before the start:", g.gi_frame.f_lineno)
next(g)
print(g.gi_running, g.gi_suspended, g.gi_frame.f_lineno)
for _ in g:
    pass
print(g.gi_running, g.gi_suspended, g.gi_frame)
e = (x for x in "ab")
print(e.__name__, e.__qualname__, type(e).__name__)
print(repr(e).startswith("<generator object <genexpr> at 0x"))
def named():
    yield
n = named()
n.__name__
try:
    n.no_such_attribute
except AttributeError as err:
    print("AttributeError:", err)
