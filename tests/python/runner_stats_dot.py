# Chapter 2 (the runner): minipy's --stats and --dot options
# minipy options: --stats --dot /tmp/minipy-runner-stats-dot
# --dot writes each collection's objects as a Graphviz file under /tmp and
# --stats prints counts to stderr: stdout is the program's own, recorded in
# runner_stats_dot.expected.
import gc

gc.disable()


class Node:
    pass


a = Node()
a.self = a
keep = [a]
del a
print("kept:", gc.collect())
del keep
print("freed:", gc.collect())
