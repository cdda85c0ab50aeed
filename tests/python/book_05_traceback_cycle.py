# Chapter 5 (finalizers): an exception kept in a local of the frame it went
# through is in a cycle (exception -> traceback -> frame -> locals ->
# exception): the function's return frees nothing, gc.collect() counts the
# exception, its args tuple, the traceback and the frame, as in python3.
import gc
gc.disable()
gc.collect()
def keep():
    try:
        raise ValueError("kept")
    except ValueError as e:
        saved = e
keep()
print(gc.collect())
def drop():
    try:
        raise ValueError("dropped")
    except ValueError as e:
        pass
drop()
print(gc.collect())
def keep_no_args():
    try:
        raise ValueError
    except ValueError as e:
        saved = e
keep_no_args()
print(gc.collect())
def deep():
    raise KeyError(1)
def two_frames():
    try:
        deep()
    except KeyError as e:
        saved = e
two_frames()
print(gc.collect())
