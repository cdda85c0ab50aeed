# Chapter 2 (the runner): reading a nonlocal variable before it is assigned
def outer():
    def inner():
        nonlocal value
        return value
    r = inner()
    value = 1
    return r

outer()
