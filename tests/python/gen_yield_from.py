# Chapter 5 (generators): yield from delegates next, send, throw and close
# to the inner generator and takes its return value.
def inner():
    got = yield "inner 1"
    print("inner got", got)
    try:
        yield "inner 2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner 3"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer"

o = outer()
print(next(o))
print(o.send("hello"))
print(o.gi_yieldfrom.__name__ if o.gi_yieldfrom else None)
print(o.throw(KeyError("k")))
print(next(o))
print(o.gi_yieldfrom.__name__ if o.gi_yieldfrom else None)
try:
    next(o)
except StopIteration:
    print("done")

o2 = outer()
next(o2)
next(o2)
o2.close()
print("closed through the delegate")
