# Chapter 2 (the runner): an AttributeError from setting an attribute on an int
# Only instances, classes and modules take new attributes; an int has no
# place to keep one.
x = 5
print(x)
x.label = "five"
