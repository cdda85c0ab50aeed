# Chapter 2 (the runner): an IndexError from popping an empty list
# pop on an empty list.
l = [1]
print(l.pop())
l.pop()
