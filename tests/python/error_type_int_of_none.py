# Chapter 2 (the runner): a TypeError from int(None)
# CPython's message lists what int() takes: a string, a bytes-like object or
# a real number.
print(int("5"))
int(None)
