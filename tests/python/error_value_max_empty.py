# Chapter 2 (the runner): max() of nothing, with no default
# (CPython 3.11: ValueError: max() arg is an empty sequence).
try:
    min([], key=len)
except ValueError as e:
    print(e)
max([], key=len)
