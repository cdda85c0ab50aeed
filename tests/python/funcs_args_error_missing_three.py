# Chapter 2 (the runner): three missing arguments are listed with a final ", and"
def f(a, b, c, d=0):
    pass

f()
