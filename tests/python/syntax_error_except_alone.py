# Chapter 2 (the runner): a syntax error: except with no try
# except is outside minipy's subset, and needs a try before it.
print("never printed")
except:
    pass
