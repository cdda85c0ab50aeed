# Chapter 2 (the runner): a TypeError from a method called with too many arguments
# The method takes self and one more; it is given two more.
class Box:
    def put(self, item):
        return item

b = Box()
print(b.put(4))
b.put(4, 5)
