# Chapter 2 (the runner): a TypeError from calling a class without __init__ with arguments
# A class with no __init__ takes no arguments.
class Plain:
    pass


print(type(Plain()) is Plain)
Plain(1)
