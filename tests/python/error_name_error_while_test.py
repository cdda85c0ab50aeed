# Chapter 2 (the runner): a NameError in the test of a while loop
# The test is evaluated before each turn: the second turn fails.
n = 0
while n < 1 or missing:
    n += 1
    print("turn", n)
