# Chapter 2 (the runner): an argument given twice, by position and by name
def f(a, b=1):
    pass

f(1, a=2)
