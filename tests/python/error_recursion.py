# Chapter 2 (the runner): a RecursionError
# A function that calls itself forever exceeds the recursion limit.
import sys

def forever(n):
    return forever(n + 1)

print(sys.getrecursionlimit() > 100)
forever(0)
