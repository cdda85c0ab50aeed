# Chapter 2 (the runner): a ValueError from gc.collect with a generation past 2
# CPython's generations are 0, 1 and 2.
import gc

print(gc.collect(0) >= 0)
gc.collect(5)
