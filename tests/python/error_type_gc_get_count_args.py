# Chapter 3 (generations): gc.get_count takes no arguments
# It returns all three counts at once.
import gc

gc.get_count(0)
