# Chapter 2 (the runner): a TypeError from bool with two arguments
# CPython's message: bool expected at most 1 argument, got 2.
print(bool(1))
bool(1, 2)
