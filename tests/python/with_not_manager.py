# Chapter 2 (the runner): with over an object that has no __enter__.
class HalfManager:
    def __enter__(self):
        return self
try:
    with HalfManager():
        pass
except TypeError as e:
    print(e)
with 42:
    pass
