# Chapter 3 (generations): an OverflowError from gc.collect beyond a C int
# Argument Clinic converts the generation to a C int before checking it is
# 0, 1 or 2; a smaller negative one is a ValueError (invalid generation).
import gc

gc.collect(-2147483649)
