# Chapter 2 (the runner): a syntax error: augmented assignment to a literal
# A literal is no target for +=.
print("never printed")
5 += 1
