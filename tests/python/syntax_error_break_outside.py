# Chapter 2 (the runner): a syntax error: break outside a loop
# break with no enclosing loop (an if is not a loop); nothing is printed.
print("never printed")
if True:
    break
