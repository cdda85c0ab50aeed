# Chapter 2 (the runner): a ValueError from int()
# int() of a string that is not a number.
print(int("12"))
print(int("twelve"))
