# Chapter 2 (the runner): the same base twice.
class A:
    pass
class B(A, A):
    pass
