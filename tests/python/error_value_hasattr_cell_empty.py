# Chapter 2 (the runner): hasattr lets an error other than AttributeError through
# hasattr answers False only for an AttributeError; the ValueError of an
# empty cell's cell_contents reaches the program.
def outer():
    def inner():
        return later

    cell = inner.__closure__[0]
    print(hasattr(cell, "nothing"))
    print(hasattr(cell, "cell_contents"))
    later = 1


outer()
