# Chapter 2 (the runner): dict.popitem takes the last pair without hashing
# its key, and its KeyError's message is CPython's, quoted once.
class K:
    def __init__(s, v): s.v = v
    def __hash__(s):
        print("hash", s.v)
        return s.v
    def __repr__(s): return f"K{s.v}"
d = {K(1): 1, K(2): 2, "s": 3}
print(d.popitem(), d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(e)
d = {i: i for i in range(20)}
for _ in range(5): d.popitem()
d[99] = 1
print(d, len(d))
