# Chapter 2 (the runner): a TypeError from indexing a str with a str
# CPython 3.11's message: string indices must be integers, not 'str'.
s = "abc"
print(s[0])
print(s["b"])
