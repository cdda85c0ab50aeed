# Chapter 5 (generators): send() resumes the yield with a value; the first
# send must be None, as CPython 3.11 says.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulate()
try:
    acc.send(5)
except TypeError as e:
    print("TypeError:", e)
print(acc.send(None))
print(acc.send(10))
print(acc.send(32))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    acc.send(1)
except StopIteration as e:
    print("finished generator:", e.args)
