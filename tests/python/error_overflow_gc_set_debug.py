# Chapter 3 (generations): an OverflowError from gc.set_debug beyond a C int
# Argument Clinic's message for a C int, either way.
import gc

gc.set_debug(-2147483649)
