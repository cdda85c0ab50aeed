# Chapter 2 (the runner): a NameError from calling an unknown function
# The callee is evaluated first.
print("before")
missing_function(1, 2)
