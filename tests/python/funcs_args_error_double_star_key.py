# Chapter 2 (the runner): **x whose keys are not all strings
def f(**kwargs):
    pass

f(**{1: 2})
