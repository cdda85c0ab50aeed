# Chapter 3 (generations): counts and thresholds at work, with thresholds
# so small that seven collections make a whole round: generations 0, 0, 1,
# 0, 0, 1, then the oldest (see it with minipy --trace-gc).
import gc


class Node:
    pass


kept = []
gc.set_threshold(2, 1, 1)
for i in range(19):
    node = Node()
    if i % 3 == 0:
        kept.append(node)       # one Node in three is kept,
    else:
        node.me = node          # the others are left in cycles
node = None
gc.set_threshold(700, 10, 10)
print(len(kept), "Nodes kept")
