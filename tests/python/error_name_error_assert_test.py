# Chapter 2 (the runner): a NameError in the test of an assert
# The test is evaluated first; the message only if it is false.
assert 1, missing
print("passed")
assert missing
