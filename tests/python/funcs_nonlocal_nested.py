# Chapter 2 (the runner): nonlocal through two levels, and in a class body
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    print(middle())
    print(x)
    class Holder:
        nonlocal x
        x = "set in a class body"
    print(x)
    print(hasattr(Holder, "x"))

outer()
