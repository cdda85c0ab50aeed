# Chapter 2 (the runner): object.__init__ reached through super() takes
# nothing more; a class without __init__ takes no arguments.
class Plain:
    pass
class Polite:
    def __init__(self):
        super().__init__()
        print("Polite.__init__ ran")
Polite()
print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print(e)
class Loud:
    def __init__(self):
        super().__init__(1)
Loud()
