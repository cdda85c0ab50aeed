# Chapter 2 (the runner): attributes set on a function
# A function object has a __dict__ in CPython: a program may set, read and
# delete attributes of its own on it.
def handler():
    return "handled"


handler.calls = 0
handler.calls += 1
print(handler.calls, hasattr(handler, "calls"))
del handler.calls
print(hasattr(handler, "calls"), handler())
