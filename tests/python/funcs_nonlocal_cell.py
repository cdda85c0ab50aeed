# Chapter 2 (the runner): a nonlocal variable lives in a cell the inner
# function shares; the cell keeps its object alive after the outer function
# returns
import gc

class Box:
    pass

def make():
    box = None
    def fill():
        nonlocal box
        box = Box()
        return box
    return fill

fill = make()
b = fill()
cell = fill.__closure__[0]
print(type(cell).__name__, cell.cell_contents is b)
print(gc.get_referents(cell)[0] is b)
del b
print(type(cell.cell_contents).__name__)
