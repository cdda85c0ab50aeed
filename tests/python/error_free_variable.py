# Chapter 2 (the runner): a free variable referenced before assignment
# A nested function reads a variable of its enclosing function that is
# not yet bound when the nested function is called (a NameError).
def outer():
    def inner():
        return later
    print("calling inner")
    result = inner()
    later = 1
    return result

outer()
