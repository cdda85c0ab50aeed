# Chapter 2 (the runner): a doubly linked list, the cycle every memory
# tutorial builds, with __len__, __iter__, __contains__ and __repr__.
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class LinkedList:
    def __init__(self, *values):
        self.head = self.tail = None
        self.size = 0
        for v in values:
            self.append(v)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        values = []
        while node:
            values.append(node.value)
            node = node.next
        return iter(values)

    def __contains__(self, value):
        return value in list(self)

    def __repr__(self):
        return "LinkedList(" + ", ".join(map(repr, self)) + ")"


gc.collect()
items = LinkedList(1, "two", 3)
print(items, len(items), "two" in items, 4 in items, bool(LinkedList()))
del items
print("collected:", gc.collect())
