# Chapter 2 (the runner): a syntax error: yield outside a function
# yield is outside minipy's subset; at module level Python refuses it too.
print("never printed")
yield 1
