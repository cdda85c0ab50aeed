# Chapter 2 (the runner): a syntax error: return outside a function
# return at module level is rejected by the compiler; nothing is printed.
print("never printed")
return 5
