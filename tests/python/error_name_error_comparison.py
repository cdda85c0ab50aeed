# Chapter 2 (the runner): a NameError in the right operand of a comparison
# A chained comparison evaluates its operands one by one.
x = 1
print(0 < x < 2)
print(0 < x < missing)
