# Chapter 3 (generations): a ValueError from gc.get_objects with generation 3
# The generations are 0, 1 and 2; None or -1 means all of them.
import gc

print(len(gc.get_objects(-1)) > 0, len(gc.get_objects(2)) >= 0)
gc.get_objects(3)
