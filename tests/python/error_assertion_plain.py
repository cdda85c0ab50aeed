# Chapter 2 (the runner): an AssertionError without a message
# A true assertion passes; a false one fails with a bare AssertionError.
assert 1 == 1
print("first passed")
assert 1 == 2
