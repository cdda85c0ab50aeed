# Chapter 2 (the runner): a container class: __len__, __getitem__,
# __setitem__, __delitem__, __contains__ and __iter__; truth from __len__
class Stack:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, value):
        self.items[i] = value
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, item):
        print("contains", item)
        return item in self.items
    def __iter__(self):
        return iter(self.items)

s = Stack()
print(len(s), bool(s))
if not s:
    print("empty")
for word in ["a", "b", "c"]:
    s.push(word)
print(len(s), s[0], s[-1], "b" in s, "z" not in s)
s[0] = "A"
del s[1]
for item in s:
    print("item", item)
print(list(s), sorted(s), len(s) > 0)
while s:
    del s[0]
print(len(s))
