# Chapter 6 (the allocator): sys.getallocatedblocks() counts the blocks
# handed out and not yet taken back, and sys._debugmallocstats() prints the
# allocator's report on stderr (compared by shape in the chapter, not here:
# its byte counts differ between interpreters).  Each instance is at least
# one block; dropping them gives the blocks back, whatever happens to the
# arenas they lie in.
import sys


class Node:
    pass


before = sys.getallocatedblocks()
print(before > 0)
nodes = []
for i in range(10000):
    nodes.append(Node())
grown = sys.getallocatedblocks() - before
print("at least a block per instance:", grown >= 10000)
survivors = []
for i in range(0, len(nodes), 100):
    survivors.append(nodes[i])
nodes = None
print("blocks given back but one in a hundred:",
      sys.getallocatedblocks() - before < grown // 10)
survivors = None
print("all given back:", sys.getallocatedblocks() - before < 100)
print(sys._debugmallocstats())
