# Chapter 2 (the runner): a keyword given twice, once through **
def f(**kwargs):
    pass

f(a=1, **{"a": 2})
