# Chapter 2 (the runner): a syntax error: if without its colon
# Nothing runs, not even the print before the error: the whole file is
# parsed first, so stdout is empty and both exit 1.
print("never printed")
x = 1
if x == 1
    print(x)
