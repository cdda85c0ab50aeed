# Chapter 2 (the runner): a TypeError from calling the result of not
# not gives a bool, which is not callable.
print(not 0)
(not 0)()
