# Chapter 2 (the runner): a starred target cannot be deleted
a = [1]
del (a, *a)
