# Chapter 3 (generations): a TypeError from gc.get_objects with a str
# The generation is an int or None.
import gc

gc.get_objects("0")
