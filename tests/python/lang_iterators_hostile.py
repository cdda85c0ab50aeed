# Chapter 2 (the runner): map, filter, zip(strict=) and iter(callable,
# sentinel) whose functions collect, drop the iterator, or raise.
import gc


class Holder:
    pass


h = Holder()


def grab(x):
    h.it = None  # drops the only other reference to the map
    gc.collect()
    return x * 2


h.it = map(grab, [1, 2, 3])
it = h.it
print(list(it))
cycle = Holder()
cycle.m = map(str, [cycle])
cycle.f = filter(None, [cycle])
cycle.c = iter(lambda: cycle, None)
del cycle
print(gc.collect() > 0)
calls = []


def boom():
    calls.append(1)
    if len(calls) == 3:
        raise KeyError("stop")
    return len(calls)


try:
    print(list(iter(boom, 99)))
except KeyError as e:
    print("KeyError", e)


def stop():
    raise StopIteration


print(list(iter(stop, 0)))


class Eq:
    def __eq__(self, other):
        raise ValueError("no compare")


try:
    list(iter(lambda: 1, Eq()))
except ValueError as e:
    print(e)
try:
    list(filter(lambda x: 1 // x, [1, 0]))
except ZeroDivisionError as e:
    print(e)
try:
    list(zip([1], iter(boom, 99), strict=True))
except KeyError as e:
    print("KeyError", e)
