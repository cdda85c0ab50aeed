# Chapter 2 (the runner): a call with a hundred thousand keyword arguments,
# and one with a million positional ones, unpacked from a dict and a range
def f(**k):
    return len(k)
d = {}
for i in range(100000):
    d["k" + str(i)] = i
print(f(**d))
print(len((lambda *a: a)(*range(1000000))))
