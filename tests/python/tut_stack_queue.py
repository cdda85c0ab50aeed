# Chapter 2 (the runner): a stack and a queue classes with __len__,
# __bool__, __getitem__, slicing, and the errors a beginner meets.
class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __repr__(self):
        return f"Stack({self._items})"


s = Stack()
for word in "to be or not".split():
    s.push(word)
print(s, len(s), s.peek(), s[1:3], s[::-1], s[-1])
while s:
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
queue = []
queue.extend([1, 2, 3])
queue.insert(0, 0)
print(queue.pop(0), queue, queue.index(2), queue.count(3))
queue.remove(2)
queue.clear() if len(queue) > 5 else None
print(queue, [x * x for x in queue if x % 2], list(reversed(queue)))
