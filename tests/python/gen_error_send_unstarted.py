# Chapter 5 (generators): the uncaught TypeError of a first send() that is
# not None, with CPython 3.11's message.
def g():
    x = yield 1
    print(x)

g().send("too early")
