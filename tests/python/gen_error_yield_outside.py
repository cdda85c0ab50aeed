# Chapter 5 (generators): yield at module level is a SyntaxError.
print("never printed")
yield 1
