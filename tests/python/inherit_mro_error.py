# Chapter 2 (the runner): bases in an order no MRO can keep: CPython's
# TypeError, whose message runs over two lines.
class A:
    pass
class B(A):
    pass
class C(A, B):
    pass
