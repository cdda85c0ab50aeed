# Chapter 2 (the runner): a syntax error: assignment to a very large int literal
# minipy's ints are 64-bit and it refuses the literal first; CPython refuses
# the assignment to a literal.
print("never printed")
99999999999999999999 = 1
