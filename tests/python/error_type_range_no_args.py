# Chapter 2 (the runner): a TypeError from range with no argument
# range needs a stop at least.
print(range(3))
range()
