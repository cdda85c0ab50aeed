# Chapter 2 (the runner): deriving from a built-in type such as list is
# outside the subset: refused by name with NotImplementedError, never
# silently wrong. Deliberate difference: python3 accepts it and prints
# "derived"; our output is recorded in inherit_builtin_type_base.expected.
try:
    class Stack(list):
        pass
    print("derived")
except NotImplementedError as e:
    print("refused:", e)
