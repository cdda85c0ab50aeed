# Chapter 2 (the runner): a syntax error: assignment to a literal
# An int cannot be an assignment target; nothing is printed.
print("never printed")
1 = x
