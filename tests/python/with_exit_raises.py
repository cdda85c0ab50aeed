# Chapter 2 (the runner): an exception raised by __exit__ replaces the one
# of the block, which becomes its __context__.
class Broken:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")
try:
    with Broken():
        raise ValueError("block failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
with Broken():
    pass
