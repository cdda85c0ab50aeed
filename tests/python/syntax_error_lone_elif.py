# Chapter 2 (the runner): a syntax error: elif with no if
# An elif belongs after an if block.
print("never printed")
elif True:
    pass
