# Chapter 2 (the runner): a TypeError from calling the type of a dict view
# A view is made by keys(), values() or items(), not by its type.
print(type({}.items()))
type({}.items())()
