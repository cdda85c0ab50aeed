# Chapter 5 (finalizers): a chain of 100001 objects whose __del__ drops the next one, so
# that each finalizer runs inside the one before.  CPython 3.11's subtype_dealloc enters
# the trashcan before calling __del__, so the nesting stops at 50 and the rest waits in the
# trashcan: every finalizer runs, none meets a RecursionError.  So does ours (dealloc.c).
class Link:
    def __init__(self, next):
        self.next = next

    def __del__(self):
        global finalized
        finalized += 1
        self.next = None

finalized = 0
head = Link(None)
for i in range(100000):
    head = Link(head)
del head
print("finalized:", finalized)
