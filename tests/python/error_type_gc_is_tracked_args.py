# Chapter 2 (the runner): a TypeError from gc.is_tracked with no argument
# The module's functions name themselves with the module:
# gc.is_tracked() takes exactly one argument (0 given).
import gc
print(gc.is_tracked([]))
gc.is_tracked()
