# Chapter 2 (the runner): properties with validation, classmethods as
# alternative constructors, staticmethods, and __repr__ vs __str__.
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @property
    def degrees(self):
        return self._degrees

    @degrees.setter
    def degrees(self, value):
        if not isinstance(value, int):
            raise TypeError(f"degrees must be an int, not {type(value).__name__}")
        if value < -273:
            raise ValueError("below absolute zero")
        self._degrees = value

    @property
    def fahrenheit(self):
        return self.degrees * 9 // 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 // 9)

    @staticmethod
    def valid(value):
        return value >= -273

    def __repr__(self):
        return f"Temperature({self.degrees})"

    def __str__(self):
        return f"{self.degrees}°{self.scale}"


t = Temperature(25)
print(t, repr(t), t.fahrenheit, Temperature.from_fahrenheit(212), Temperature.valid(-300))
for bad in ["hot", -500]:
    try:
        t.degrees = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
print([str(Temperature(d)) for d in (0, 37, 100)])
