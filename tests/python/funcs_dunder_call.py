# Chapter 2 (the runner): instances whose class defines __call__ are callable
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x, *, twice=False):
        self.calls += 1
        result = x * self.factor
        if twice:
            return result + result
        return result

double = Multiplier(2)
print(double(5), double(5, twice=True), double.calls)
print(callable(double), callable(Multiplier), callable(5), callable(len), callable(print))
class Plain:
    pass
print(callable(Plain()))
Plain()()
