# Chapter 2 (the runner): a TypeError from gc.collect with a str
# The generation must be an int.
import gc

print(gc.collect(2) >= 0)
gc.collect("x")
