# Chapter 2 (the runner): a TypeError from a __str__ that returns an int
# str() and print use __str__; it must return a str.
class Bad:
    def __str__(self):
        return 42


print(repr(Bad()).startswith("<__main__.Bad object at 0x"))
print(str(Bad()))
