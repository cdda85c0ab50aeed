# Chapter 2 (the runner): a wrapper that forwards *args and **kwargs unchanged
def target(a, b=2, *rest, c=3, **more):
    return (a, b, rest, c, more)

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 5, 6, 7, c=0, d=9))
print(forward(b=1, a=0))
f = lambda *a, **k: (a, k)
print(f(), f(1, x=2))
