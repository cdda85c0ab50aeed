# Chapter 3 (generations): gc.set_threshold with one, two and three values
# CPython 3.11's defaults are (700, 10, 10); set_threshold changes as many
# generations as it is given values, youngest first, and leaves the others.
# It takes any int that fits a C int, zero and negative ones too, and a bool.
# The collector is off, so that no odd threshold starts a collection.
import gc

gc.disable()
print("defaults:", gc.get_threshold())
print("set_threshold returns", gc.set_threshold(500))
print("one value:", gc.get_threshold())
gc.set_threshold(400, 5)
print("two values:", gc.get_threshold())
gc.set_threshold(300, 4, 3)
print("three values:", gc.get_threshold())
gc.set_threshold(-1, 0, -7)
print("zero and negative:", gc.get_threshold())
gc.set_threshold(True)
print("a bool:", gc.get_threshold())
gc.set_threshold(2147483647, -2147483648)
print("the ends of a C int:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("back:", gc.get_threshold(), type(gc.get_threshold()).__name__)
print("counts are a tuple too:", type(gc.get_count()).__name__, len(gc.get_count()))
