# Chapter 2 (the runner): a syntax error: return of a bare tuple outside a function
# Bare tuples are outside minipy's subset; return is refused here anyway.
print("never printed")
return 1, 2
