# Chapter 2 (the runner): a TypeError from an unsupported operand
# Adding an int and a str.
print(1 + 1)
print("a" + "b")
print(1 + "b")
