# Chapter 2 (the runner): a TypeError from str.endswith with no argument
# CPython's message: endswith() takes at least 1 argument (0 given).
print("abc".endswith("c"))
"abc".endswith()
