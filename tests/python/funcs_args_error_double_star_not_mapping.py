# Chapter 2 (the runner): **x where x is not a mapping
def f(**kwargs):
    pass

f(**[1, 2])
