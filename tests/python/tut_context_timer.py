# Chapter 2 (the runner): context managers as a tutorial shows them: a
# resource released by __exit__, an exception passed to it, suppression.
class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        print(f"close {self.name}", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name, Resource.opened)
with Resource("c"):
    {}["missing"]
print("after a suppressed KeyError", Resource.opened)
try:
    with Resource("d"):
        raise ValueError("bad value")
except ValueError as e:
    print("propagated:", e, Resource.opened)


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, kind, value, tb):
        return kind is not None and issubclass(kind, self.kinds)


with Suppress(ZeroDivisionError, IndexError):
    print(1 // 0)
with Suppress(IndexError):
    [][3]
print("done")
