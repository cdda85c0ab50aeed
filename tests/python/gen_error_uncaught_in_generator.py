# Chapter 5 (generators): an exception raised in a generator, through a
# yield from, uncaught: it goes through the generators' frames to the loop.
def inner():
    yield 1
    raise ValueError("from inner")

def outer():
    yield from inner()

for value in outer():
    print(value)
