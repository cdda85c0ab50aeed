# Chapter 2 (the runner): a ModuleNotFoundError
# Importing a module that does not exist.
import gc
print("gc imported")
import weakrefx
