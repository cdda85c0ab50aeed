# Chapter 2 (the runner): an AttributeError on a module
# A function that the gc module does not have.
import gc

print(gc.isenabled())
gc.no_such_function()
