# Chapter 2 (the runner): a ValueError from reading an empty cell
# A cell made for a local that is not yet assigned is empty; reading its
# cell_contents fails.
def outer():
    def inner():
        return later

    print(len(inner.__closure__))
    print(inner.__closure__[0].cell_contents)
    later = 1


outer()
