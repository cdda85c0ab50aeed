# Chapter 4 (weak references): the observer pattern with bound methods as
# callbacks: a strong list keeps listeners alive, a WeakSet does not.
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(f"  {self.name} got {event}")


class Subject:
    def __init__(self):
        self.strong = []
        self.weak = weakref.WeakSet()

    def subscribe(self, listener, weakly):
        (self.weak.add if weakly else self.strong.append)(listener)

    def emit(self, event):
        for listener in sorted(list(self.strong) + list(self.weak), key=lambda l: l.name):
            listener.notify(event)


subject = Subject()
a, b = Listener("a"), Listener("b")
subject.subscribe(a, weakly=False)
subject.subscribe(b, weakly=True)
subject.emit("first")
del a, b
print("after del:", len(subject.strong), len(subject.weak))
subject.emit("second")
m = subject.strong[0].notify
print(m.__self__.name, m.__func__.__name__, m == subject.strong[0].notify)
