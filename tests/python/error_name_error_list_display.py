# Chapter 2 (the runner): a NameError while evaluating a list display
# The items are evaluated in order; an unknown name stops the display.
print([1, 2])
items = [1, missing, 3]
