# Chapter 2 (the runner): a NameError inside __init__, reached through nested calls
# The traceback names every frame, innermost last: the module, make(),
# Box.__init__ and Box.check.
class Box:
    def __init__(self, value):
        self.value = value
        self.check()

    def check(self):
        if self.value > 1:
            return missing_name


def make(n):
    return Box(n)


print(make(1).value)
make(2)
