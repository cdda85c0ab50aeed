# Chapter 3 (generations): a callback that grows a list about to be repeated
# The size of a repetition is checked against the items there are when the
# copy is made: a callback, started by the new list's allocation, cannot
# slip a larger list past the check.  Whether a collection runs there is an
# interpreter's detail; either way the result is the list repeated whole.
import gc

grown = [0]

def grow(phase, info):
    if phase == "start" and len(grown) < 4:
        grown.append(len(grown))

gc.callbacks.append(grow)
gc.set_threshold(1)
for k in range(3):
    r = grown * 2
    half = len(r) // 2
    same = len(r) % 2 == 0
    for i in range(half):
        same = same and r[i] == r[half + i] == i
    print(same)
gc.set_threshold(700)
gc.callbacks.remove(grow)
