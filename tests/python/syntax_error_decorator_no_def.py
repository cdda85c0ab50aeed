# Chapter 2 (the runner): a syntax error: a decorator before a statement that
# is not a def or a class
print("never printed")

@staticmethod
x = 1
