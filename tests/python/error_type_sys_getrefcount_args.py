# Chapter 2 (the runner): a TypeError from sys.getrefcount with two arguments
# CPython's message: sys.getrefcount() takes exactly one argument (2 given).
import sys
x = []
print(sys.getrefcount(x))
sys.getrefcount(x, x)
