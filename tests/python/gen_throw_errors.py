# Chapter 5 (generators): what throw() refuses, with CPython 3.11's words.
def g():
    yield 1

gen = g()
next(gen)
for bad in (1, "text", None):
    try:
        gen.throw(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    gen.throw(ValueError("v"), "extra")
except TypeError as e:
    print("TypeError:", e)
fresh = g()
try:
    fresh.throw(RuntimeError("before the start"))
except RuntimeError as e:
    print("unstarted generator raised", e)
print(fresh.gi_frame)
