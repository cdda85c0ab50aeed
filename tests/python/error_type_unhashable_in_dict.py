# Chapter 2 (the runner): a TypeError from looking for a list in a dict
# `key in d` checks that the key is hashable first.
print((1,) in {(1,): 2})
print([1] in {(1,): 2})
