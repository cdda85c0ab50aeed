# Chapter 2 (the runner): a NameError in the test of an if statement
# The test is evaluated before either branch runs.
if 1:
    print("taken")
if missing:
    print("never")
