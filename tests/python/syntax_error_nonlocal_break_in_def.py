# Chapter 2 (the runner): a syntax error: break in a function called from a loop
# A loop around a def does not make break legal inside the function body.
print("never printed")
for i in range(3):
    def f():
        break
