# Chapter 3 (generations): a ValueError from gc.get_objects with generation -2
# -1 means every generation, as None does; below it is an error.
import gc

gc.get_objects(-2)
