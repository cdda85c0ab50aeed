# Chapter 2 (the runner): isinstance and issubclass through the MRO, with
# tuples (nested too) and object at the root of everything.
class A:
    pass
class B(A):
    pass
class C:
    pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(isinstance(b, C), isinstance(3, (str, int)), isinstance(True, int))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int))
print(issubclass(B, object), isinstance(b, object), isinstance(A, object), isinstance(5, object))
print(isinstance(A, type), issubclass(B, B), object.__mro__, A.__mro__)
