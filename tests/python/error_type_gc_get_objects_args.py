# Chapter 3 (generations): gc.get_objects takes at most one argument
# The generation, or None.
import gc

gc.get_objects(0, 1)
