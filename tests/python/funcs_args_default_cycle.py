# Chapter 2 (the runner): a default that refers back to its function makes a
# cycle: the function holds its defaults, the default holds the function.
import gc

class Registry:
    pass

def make():
    registry = Registry()
    def handler(event, registry=registry):
        return event
    registry.handler = handler
    return None

gc.collect()
make()
print("collected:", gc.collect())
def f(a=[1], *, b={"k": 2}):
    pass
for r in gc.get_referents(f):
    if type(r) is tuple or type(r) is list:
        print(r)
