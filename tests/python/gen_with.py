# Chapter 5 (generators): a generator suspended inside a with: closing it
# or finishing it calls __exit__ once; an exception thrown in goes to
# __exit__, which may swallow it.
class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return self.swallow

def managed(name, swallow=False):
    with Manager(name, swallow) as value:
        yield value
        yield value + " again"
    yield "after the with"

print(list(managed("listed")))
m = managed("closed")
next(m)
m.close()
s = managed("swallowing", True)
next(s)
print(s.throw(KeyError("swallowed")))
t = managed("throwing")
next(t)
try:
    t.throw(KeyError("through"))
except KeyError as e:
    print("propagated", repr(e))
d = managed("dropped")
next(d)
del d
print("end")
