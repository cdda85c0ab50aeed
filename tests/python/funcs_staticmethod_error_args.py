# Chapter 2 (the runner): a staticmethod gets no self
class A:
    @staticmethod
    def f(x):
        return x

print(A.f(1), A().f(2))
A().f()
