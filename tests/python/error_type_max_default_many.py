# Chapter 2 (the runner): a default with several positional arguments
# (CPython 3.11: Cannot specify a default for max() with multiple positional arguments).
for call in [lambda: min(1, 2, default=0), lambda: max(key=len), lambda: max(),
             lambda: min([1], foo=1), lambda: max(1, key=len)]:
    try:
        call()
    except TypeError as e:
        print(e)
max(1, 2, default=0)
