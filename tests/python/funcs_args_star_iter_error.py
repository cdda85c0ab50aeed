# Chapter 2 (the runner): *x where the class's __iter__ fails: its error goes on
class A:
    def __iter__(self):
        return {}[1]
def f(*a): pass
f(*A())
