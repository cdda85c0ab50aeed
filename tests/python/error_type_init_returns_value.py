# Chapter 2 (the runner): a TypeError from an __init__ that returns a value
# __init__ must return None.
class Bad:
    def __init__(self):
        self.x = 1
        return self.x


print("before")
Bad()
