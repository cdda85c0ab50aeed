# Chapter 2 (the runner): issubclass() of something that is not a class.
class A:
    pass
print(issubclass(A, A))
print(issubclass(A(), A))
