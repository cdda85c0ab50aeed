# Chapter 2 (the runner): a syntax error: a keyword used as a variable name
# class is a keyword: it cannot be assigned to.
print("never printed")
class = 1
