# Chapter 2 (the runner): a syntax error: else with no if, for or while
# An else belongs after an if, for or while block.
print("never printed")
x = 1
else:
    pass
