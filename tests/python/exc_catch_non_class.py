# Chapter 2 (the runner): an except clause naming something that is not an
# exception class is checked only when an exception reaches it.
try:
    print("no exception: the clause is not evaluated")
except "oops":
    pass
try:
    raise ValueError("v")
except "oops":
    pass
