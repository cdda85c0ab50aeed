# Chapter 2 (the runner): a TypeError from list.pop with a str
# pop's index must be an int.
l = [1, 2]
print(l.pop(False))
l.pop("0")
