# Chapter 2 (the runner): a TypeError from str with four arguments
# CPython's str takes at most 3 arguments (object, encoding, errors) and says
# so, whatever minipy itself accepts.
print(str(5))
str(1, 2, 3, 4)
