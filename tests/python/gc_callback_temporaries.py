# Chapter 3 (generations): a callback that empties every list it can find
# While tuples are joined and repeated, the runner builds them through
# temporary lists; a callback, started by the tuple's allocation, may reach
# those through gc.get_objects() and empty them.  The tuples come out whole.
import gc

MARK = "mark"

def empty_marked_lists(phase, info):
    for o in gc.get_objects():
        if type(o) is list and len(o) > 0 and o[0] is MARK:
            o.clear()

gc.callbacks.append(empty_marked_lists)
gc.set_threshold(1)
t = (MARK, [1])
for k in range(3):
    joined = t + t
    repeated = t * 3
    print(len(joined), len(repeated), joined[2] is MARK, repeated[4] is MARK)
gc.set_threshold(700)
gc.callbacks.remove(empty_marked_lists)
