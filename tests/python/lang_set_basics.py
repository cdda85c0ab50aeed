# Chapter 2 (the runner): sets, their displays and methods
# A set keeps each value once; a set of small ints prints in CPython's
# order, which comes from the ints' hashes.
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s)
print({5, 13, -1, 1}, {0, 1, 16, 8, 24}, set(), set([4, 4, 2]), set("aaa"))
s.add(10)
s.discard(99)
s.remove(3)
print(s, sorted(s))
t = s.copy()
t.clear()
print(t, s)
print(s.pop(), s)
u = {1, 2}
u.update([2, 3], (4,))
print(u)
print({1, 2}.union([3], {4}), {1, 2, 3}.intersection([2, 3, 9]), {1, 2, 3}.difference({2}))
print({1, 2}.symmetric_difference([2, 3]), {1}.issubset([1, 2]), {1, 2}.issuperset({2}))
print({1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2]))
v = {1, 2, 3, 4}
v.intersection_update({2, 3, 5})
print(v)
v.difference_update([2])
print(v)
v.symmetric_difference_update({3, 7})
print(v)
print(bool(set()), bool({0}), list({9, 8}), tuple({1}))
