# Chapter 2 (the runner): an AttributeError from setting an attribute on None
# None takes no attributes either.
value = None
print(value)
value.attr = 1
