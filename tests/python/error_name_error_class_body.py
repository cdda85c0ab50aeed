# Chapter 2 (the runner): a NameError in a class body
# The body runs when the class statement runs; the class is not made.
class Fine:
    x = 1


print(Fine.x)


class Broken:
    y = 2
    z = missing
