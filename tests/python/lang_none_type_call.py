# Chapter 2 (the runner): calling NoneType
# type(None)() returns the one None, as CPython 3.11 does; with an argument
# it fails ("NoneType takes no arguments").
none_type = type(None)
print(none_type)
print(none_type() is None, none_type())
