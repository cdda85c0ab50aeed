# Chapter 2 (the runner): a ValueError from range with a step of zero
# A range cannot step by 0.
print(list(range(0, 5, 2)))
range(0, 5, 0)
