# Chapter 2 (the runner): sorted()'s keywords are list.sort's, and so is
# the error for a wrong one (CPython 3.11: ... invalid keyword argument for sort()).
for call in [lambda: sorted([1], foo=1), lambda: [].sort(foo=1), lambda: [].sort(1),
             lambda: [2, 1].sort(1, key=None), lambda: sorted([1], 2, key=None),
             lambda: sorted(iterable=[1]), lambda: sorted([3, 1], reverse=None),
             lambda: sorted([3, 1], reverse="yes"), lambda: sorted(1, reverse=True)]:
    try:
        call()
    except TypeError as e:
        print(e)
sorted([2, 1], cmp=None)
