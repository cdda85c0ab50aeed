# Chapter 4 (weak references): a callback that runs while an exception is on its way:
# the exception is set aside while it runs, then goes on.  Ours runs as the frame that
# failed lets go of its variables; CPython's traceback keeps that frame, and runs the
# callback when the traceback is freed at exit.  Both print the same, and the same error.
import weakref

class A:
    pass

log = []
def noisy(wr):
    log.append("callback ran")
    print("callback ran:", len(log))

def fails():
    local = A()
    keep = weakref.ref(local, noisy)
    log.append(keep)
    return undefined_name

print(len(log))
fails()
