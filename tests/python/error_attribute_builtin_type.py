# Chapter 2 (the runner): an AttributeError from a built-in type
# A built-in type object such as int has no attribute the program invents;
# the message names it as a type object.
print(int.__name__, str.__name__)
int.nothing
