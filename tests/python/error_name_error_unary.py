# Chapter 2 (the runner): a NameError in the operand of unary minus
# The operand is evaluated before the operator applies.
x = 3
print(-x)
print(-missing)
