# Chapter 2 (the runner): a syntax error: from ... import with no name
# import must name at least one thing.
print("never printed")
from gc import
