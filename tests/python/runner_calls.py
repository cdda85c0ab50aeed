# Chapter 2 (the runner): what a call does with its arguments
# A call moves its arguments into the new frame, so inside a function or a
# method sys.getrefcount counts the caller's variable, the parameter and its
# own argument; only a bound method kept in a variable adds one more.
import sys

class Counter:
    def count(self):
        return sys.getrefcount(self)

def count(x):
    return sys.getrefcount(x)

shared = Counter()
print("at the top level:", sys.getrefcount(shared))
print("inside a function:", count(shared))
print("inside a method:", shared.count())
bound = shared.count
print("through a bound method:", bound())
