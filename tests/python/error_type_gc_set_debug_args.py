# Chapter 3 (generations): gc.set_debug takes exactly one argument
# The flags, an int.
import gc

gc.set_debug()
