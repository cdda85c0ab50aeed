# Chapter 2 (the runner): with calls __enter__, binds its result, and calls
# __exit__ however the block ends: normally, by return, by break.
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return "<" + self.name + ">"
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False
with Managed("a") as value:
    print("body", value)
def early():
    with Managed("b"):
        return "returned"
print(early())
for i in range(3):
    with Managed("c" + str(i)):
        if i == 1:
            break
with Managed("d"), Managed("e") as inner:
    print("two managers", inner)
