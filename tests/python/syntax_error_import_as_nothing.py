# Chapter 2 (the runner): a syntax error: import ... as with no name
# import ... as is outside minipy's subset; this one names nothing.
print("never printed")
import gc as
