# Chapter 2 (the runner): a ModuleNotFoundError from from ... import
# The module is looked for before any name is imported from it.
from gc import collect

print(collect() >= 0)
from nothing_here import anything
