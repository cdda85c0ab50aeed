# Chapter 2 (the runner): a __repr__ that returns an int, printed
# print calls str(), which falls back to __repr__; CPython reports the
# result as "__str__ returned non-string (type int)".
class Bad:
    def __repr__(self):
        return 5

print("before")
print(Bad())
