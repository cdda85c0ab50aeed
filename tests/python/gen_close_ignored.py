# Chapter 5 (generators): a generator that yields while being closed is a
# RuntimeError; one that returns or re-raises is closed quietly.
def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("suspended again:", s.gi_suspended)

def polite():
    try:
        yield 1
    except GeneratorExit:
        print("cleaning up")
        return "ignored value"

p = polite()
next(p)
print(p.close())

def raises_other():
    try:
        yield 1
    finally:
        raise KeyError("from finally")

q = raises_other()
next(q)
try:
    q.close()
except KeyError as e:
    print("close raised", repr(e))
s.gi_frame.f_locals
del s
print("end")
