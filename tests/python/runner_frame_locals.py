# Chapter 2 (the runner): a running function's variables are reachable
# A list that holds itself survives a collection while the function whose
# local variable refers to it runs, and is found as soon as it has returned.
# The frame is no object: the list's only referrer is the list.
import gc

gc.disable()

def work(item):
    box = []
    box.append(box)
    print("box's referrers:", len(gc.get_referrers(box)))
    print("collected while work runs:", gc.collect())
    return len(box)

shared = []
print("work returned", work(shared))
print("collected after it returned:", gc.collect())
