# Chapter 2 (the runner): a syntax error: import of a package name ending in a dot
# Packages are outside minipy's subset; the dot names nothing here.
print("never printed")
import gc.
