# Chapter 2 (the runner): a property with a getter, a setter and a deleter;
# staticmethod and classmethod; assigning to a property without a setter
class Temperature:
    def __init__(self, celsius=0):
        self._celsius = celsius
    @property
    def celsius(self):
        print("get")
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        print("set", value)
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print("del")
        del self._celsius
    @property
    def fahrenheit(self):
        return self.celsius * 9 // 5 + 32
    @staticmethod
    def s(a, b=2):
        return a + b
    @classmethod
    def c(cls, v):
        return cls.__name__ + str(v)
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 5
print(t.celsius)
del t.celsius
print(Temperature.s(1), t.s(1, b=3), Temperature.c(1), t.c(2))
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.fahrenheit.fset)
print(Temperature.c.__self__ is Temperature, Temperature.c.__func__.__qualname__)
f = t.s
print(f(10))
t.fahrenheit = 3
