# Chapter 2 (the runner): an AttributeError on a class
# Reading an attribute that a class does not define.
class Empty:
    pass

print(Empty.__name__)
print(Empty.missing)
