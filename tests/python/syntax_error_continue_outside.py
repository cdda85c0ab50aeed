# Chapter 2 (the runner): a syntax error: continue outside a loop
# continue inside a function but not inside a loop; nothing is printed.
print("never printed")
def f():
    continue
