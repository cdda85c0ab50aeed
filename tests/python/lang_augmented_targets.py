# Chapter 2 (the runner): augmented assignment to attributes and items
# a.x += 1, d[k] += 1, l[0] *= 2: the target's object and key are evaluated
# once, before the right-hand side.
class Box:
    count = 0


def show(what, value):
    print("eval", what)
    return value


b = Box()
b.count += 1
b.count += 1
Box.count -= 5
print(b.count, Box.count)
d = {"a": 1}
d["a"] += 10
d["b"] = 0
d["b"] -= 3
print(d)
l = [1, 2, 3]
l[0] *= 7
l[-1] //= 2
l[1] %= 2
print(l)
show("list", l)[show("index", 1)] += show("value", 100)
print(l)
show("object", b).count *= show("factor", 3)
print(b.count)
nested = {"k": [10, [20]]}
nested["k"][1][0] += 1
print(nested)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
t *= 2
print(t)
grow = [0]
alias = grow
grow += (1, 2)
grow += "xy"
grow += range(2)
grow += {"k": 1}
grow += {"v": 2}.values()
print(grow, alias is grow)
n = 17
n //= 5
n %= 2
n -= -3
print(n)
