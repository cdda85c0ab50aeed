# Chapter 2 (the runner): str.format
# {} numbers fields automatically, {0} by hand; a field may index or take
# an attribute of its argument, convert it and format it, and {{ }} are
# literal braces.
print("{} {} {}".format(1, "a", [2]), "{1}{0}{1}".format("a", "b"))
print("{:>5}|{:^7.2f}|{!r}".format("x", 3, "q"), "{0[1]} {0[0]:>4} {{literal}}".format([1, 2]))
print("{:{}}|{:*^{}}".format(7, 4, "c", 5), "x{}y".format(""), "{:,}".format(1234567))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{0[a]}".format({"a": "key"}), "{:b}".format(5))
template = "{} of {} objects collected"
print(template.format(2, 10))
