# Chapter 2 (the runner): a NameError from a free variable whose cell was emptied by del
# outer() deletes a captured local; inner() then reads an empty cell.
def outer():
    x = 1

    def inner():
        return x

    print(inner())
    del x
    return inner()


outer()
