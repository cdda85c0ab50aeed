# Chapter 3 (generations): a negative threshold collects at every allocation
# CPython 3.11 turns automatic collection off only for a threshold of 0; any
# other value, negative too, is a count that the allocations exceed.
import gc

gc.collect()
before = gc.get_stats()[0]["collections"]
gc.set_threshold(-5)
kept = []
for i in range(100):
    kept.append([i])
gc.set_threshold(700)
print("collections of generation 0 made by 100 allocations, more than 50:",
      gc.get_stats()[0]["collections"] - before > 50)
