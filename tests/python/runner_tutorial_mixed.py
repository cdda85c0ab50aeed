# Chapter 4 (the runner; WeakMethod is chapter 4's): a tutorial-style
# program mixing classes with inheritance, f-strings, try/finally, with,
# default arguments, a property and weakref.WeakMethod.
import gc
import weakref


class Resource:
    opened = 0

    def __init__(self, name, size=1):
        self.name = name
        self.size = size
        self.closed = False
        Resource.opened += 1

    def __enter__(self):
        print(f"open {self.name!r} ({self.size} units)")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        if exc_type is not None:
            print(f"  {self.name}: {exc_type.__name__}: {exc}")
        return False

    def close(self):
        if not self.closed:
            self.closed = True
            Resource.opened -= 1
            print(f"close {self.name}")

    @property
    def label(self):
        return f"{self.name:>8}|{self.size:03d}"


class Buffer(Resource):
    def __init__(self, name, size=4, fill=0):
        super().__init__(name, size)
        self.data = [fill] * size

    def total(self):
        return sum(self.data)


class Listener:
    def __init__(self, name):
        self.name = name
        self.heard = []

    def on_event(self, value):
        self.heard.append(value)


def emit(callbacks, value):
    alive = 0
    for ref in callbacks:
        method = ref()
        if method is not None:
            method(value)
            alive += 1
    return alive


with Buffer("scratch", fill=2) as buf:
    print(buf.label, buf.total())

try:
    with Resource("log", 3) as log:
        print(log.label)
        raise ValueError("disk full")
except ValueError as error:
    print(f"caught: {error}")
finally:
    print(f"opened now: {Resource.opened}")

listener = Listener("a")
callbacks = [weakref.WeakMethod(listener.on_event)]
print("alive listeners:", emit(callbacks, 1))
del listener
gc.collect()
print("alive listeners:", emit(callbacks, 2))

x = Buffer("cycle")
x.me = x
del x
print("collected:", gc.collect() > 0)
