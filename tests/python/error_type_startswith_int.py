# Chapter 2 (the runner): a TypeError from str.startswith of an int
# CPython's message: startswith first arg must be str or a tuple of str, not int.
print("abc".startswith("a"))
"abc".startswith(1)
