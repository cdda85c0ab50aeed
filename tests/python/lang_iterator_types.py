# Chapter 4 (the runner): the built-in iterators are objects with types of
# their own, named as CPython 3.11 names them; a range's iterator is the one
# the collector does not track, since it can be part of no cycle.  A type's
# __name__ is its name after the module's ("weakref.ReferenceType").
import gc
import weakref


class Node:
    pass


for iterable in ([1], (1,), "abc", range(3), {1: 2}, {1: 2}.values(), {1: 2}.items()):
    it = iter(iterable)
    print(type(it).__name__, gc.is_tracked(it), type(it) is type(iter(iterable)))

print(type(weakref.ref(Node())).__name__)
print(type(iter(range(2))) is type(iter(range(5))), type(iter([])) is type(iter(())))
try:
    type(iter([]))()
except TypeError as e:
    print("TypeError", e)
