# Chapter 2 (the runner): a TypeError from gc.enable with an argument
# CPython's message: gc.enable() takes no arguments (1 given).
import gc
gc.enable()
print(gc.isenabled())
gc.enable(1)
