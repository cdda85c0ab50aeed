# Chapter 2 (the runner): a syntax error: ( closed by ]
# Brackets close in the reverse order they open.
print("never printed")
x = (1]
