# Chapter 6 (the allocator): sys.getallocatedblocks() counts the blocks
# handed out and not yet taken back, and sys._debugmallocstats() prints the
# allocator's report on stderr (compared by shape in the chapter, not here:
# its byte counts differ between interpreters).  Each instance is at least
# one block; dropping them gives the blocks back, whatever happens to the
# arenas they lie in.  The bounds leave room for the 1024 objects a debug
# build of ours keeps back to catch a use after free (src/debug.c).
import sys


class Node:
    pass


before = sys.getallocatedblocks()
print(before > 0)
nodes = []
for i in range(20000):
    nodes.append(Node())
grown = sys.getallocatedblocks() - before
print("at least a block per instance:", grown >= 20000)
survivors = []
for i in range(0, len(nodes), 100):
    survivors.append(nodes[i])
nodes = None
held = sys.getallocatedblocks() - before
print("blocks given back but one in a hundred:",
      len(survivors) <= held < grown // 5)
survivors = None
print("all given back:", sys.getallocatedblocks() - before < grown // 10)
print(sys._debugmallocstats())
