# Chapter 2 (the runner): print and repr of containers
# Nested lists, dicts and tuples (the one-element tuple's comma), the
# constants, a list and a dict that contain themselves, and print's spacing.
l = [1, [2, [3, []]], (), (4,), (5, 6), {}, {"k": [None]}]
print(l)
print(repr(l) == str(l))
print(True, False, None)
print([True, False, None])
print((1,), (), ((),), ((1,),))
print({1: "one", "two": 2, (3,): [3]})
me = []
me.append(me)
print(me)
me.append(1)
print(me, len(me))
two = [me, me]
print(two)
d = {}
d["d"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
print()
print("a", 1, None, [], "b")
print(str([1, "x"]), repr("x"), str("x"))
print(-5, 0, -0, 9223372036854775807, -9223372036854775807 - 1)
