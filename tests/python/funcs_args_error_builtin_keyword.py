# Chapter 2 (the runner): a built-in that takes no keyword arguments
print(len([1, 2]))
len(obj=[1, 2])
