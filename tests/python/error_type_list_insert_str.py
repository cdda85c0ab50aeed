# Chapter 2 (the runner): a TypeError from list.insert with a str index
# insert's index must be an int.
l = [1]
l.insert(0, 0)
print(l)
l.insert("0", 1)
