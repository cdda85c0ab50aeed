# Chapter 2 (the runner): a NameError
# Printing works up to the use of a name that was never bound; then both
# exit 1 with NameError: name 'undefined_name' is not defined.
print("before")
x = 1
print(x + undefined_name)
print("not reached")
