# Chapter 3 (generations): gc.get_count after collections of each generation
# A collection of generation g zeroes the counts of 0..g and adds one to
# g+1's; generation 0's count rises by one for each container made and falls
# by one for each freed. Counts are read right after a collection, or as
# differences made of instances only: CPython's tuples, lists and dicts come
# and go through free lists that its count does not always see.
import gc

gc.disable()
gc.collect()
print("after collect():", gc.get_count())
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(0)
print("after collect(0) again:", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect(0)
gc.collect(1)
print("after collect(0), collect(1):", gc.get_count())
gc.collect(2)
print("after collect(2):", gc.get_count())


class Node:
    pass


gc.collect(0)
start = gc.get_count()[0]
kept = []
for i in range(100):
    kept.append(Node())
grown = gc.get_count()[0] - start
print("100 instances kept: generation 0's count grew by 100 or a few more:",
      grown >= 100 and grown <= 105)
print("no collection ran: generation 1's count is still", gc.get_count()[1])
kept.clear()
print("freed again: generation 0's count is back under 5:", gc.get_count()[0] < 5)

for i in range(100):
    made = Node()
print("made and freed one at a time: under 5:", gc.get_count()[0] < 5)
