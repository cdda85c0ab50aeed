# Chapter 3 (generations): a TypeError from gc.set_threshold with a str
# Each threshold must be an int.
import gc

gc.set_threshold(500, "10")
