# Chapter 2 (the runner): setting an attribute of a built-in type
# Built-in types are immutable: a TypeError, "cannot set 'x' attribute of
# immutable type 'int'".
print(int("3"))
int.x = 1
