# Chapter 3 (generations): gc.freeze() moves every tracked object to the
# permanent generation, which no collection looks at.
import gc


class Node:
    pass


def nodes_in(objects):
    n = 0
    for o in objects:
        if isinstance(o, Node):
            n += 1
    return n


gc.disable()
gc.collect()
loop = Node()
loop.me = loop
del loop                       # garbage, not found yet
gc.freeze()
print("frozen:", gc.get_freeze_count() > 0, "Nodes tracked:", nodes_in(gc.get_objects()))
print("collect() found", gc.collect())
made_after = Node()
made_after.me = made_after
del made_after
print("collect() found", gc.collect(), "(the Node made after freeze)")
gc.unfreeze()
print("frozen:", gc.get_freeze_count(), "Nodes in generation 2:", nodes_in(gc.get_objects(2)))
print("collect() found", gc.collect())
