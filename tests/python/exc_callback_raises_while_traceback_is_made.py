# Chapter 3 (the runner): a gc callback that raises, run by a collection
# that starts while the runner makes the module frame's object for a
# traceback.  The callback's frame names the module frame as its f_back and
# so makes that frame object first; the runner must keep one, not leak the
# other (the fuzzer found this: "1 objects still alive after shutdown").
import gc


def busy(phase, info):
    total += 1


gc.set_threshold(50)
gc.callbacks.append(busy)
undefined_name
