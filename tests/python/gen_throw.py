# Chapter 5 (generators): throw() raises at the suspended yield; a
# generator that catches it yields on, one that does not is finished.
class Reset(Exception):
    pass

def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset as e:
            print("reset by", repr(e))
            n = 0

c = counter()
print(next(c), next(c), next(c))
print(c.throw(Reset))
print(next(c))
print(c.throw(Reset("hand")))
print(c.throw(Reset, "value"))
try:
    c.throw(ValueError("not caught"))
except ValueError as e:
    print("propagated:", e)
print(c.gi_frame, c.gi_suspended)
try:
    next(c)
except StopIteration:
    print("finished")
try:
    c.throw(KeyError("after the end"))
except KeyError as e:
    print("raised directly:", e)
