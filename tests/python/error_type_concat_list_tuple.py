# Chapter 2 (the runner): a TypeError from adding a tuple to a list
# + joins sequences of the same type only.
print([1] + [2], (1,) + (2,))
print([1] + (2,))
