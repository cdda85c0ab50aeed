# Chapter 2 (the runner): a syntax error: an incomplete list comprehension
# Comprehensions are outside minipy's subset.
print("never printed")
x = [i for i in]
