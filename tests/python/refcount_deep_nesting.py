# Chapter 2 (the runner): deeply nested containers freed
# A list nested 200,000 deep, and a dict/tuple/list mixture nested as deep,
# are freed by reference counting when the outermost one is dropped.
import gc

gc.disable()
deep = []
for i in range(200000):
    deep = [deep]
depth = 0
x = deep
while len(x) > 0:
    depth += 1
    x = x[0]
print("depth:", depth)
del deep, x
print("nested lists freed")

mixed = None
for i in range(100000):
    mixed = {"next": (mixed, [i])}
print(mixed["next"][1][0])
mixed = None
print("nested dicts and tuples freed")
print("collect:", gc.collect())
