# Chapter 2 (the runner): a syntax error: finally with no try
# finally is outside minipy's subset, and needs a try before it.
print("never printed")
finally:
    pass
