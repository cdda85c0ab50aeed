# Chapter 2 (the runner): positional, default, keyword-only, *args and
# **kwargs, and the TypeErrors a tutorial shows for each mistake.
def describe(name, *tags, sep=", ", **extra):
    parts = [name] + list(tags)
    for key in sorted(extra):
        parts.append(f"{key}={extra[key]}")
    return sep.join(parts)


print(describe("box"))
print(describe("box", "red", "big", sep=" | ", weight=3, color="red"))
args = ("a", "b")
opts = {"sep": "-", "x": 1}
print(describe(*args, **opts))


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2))


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))
for call in (lambda: describe(), lambda: describe("a", sep=1), lambda: safe_append(1, 2, 3),
             lambda: safe_append(item=1, bad=2)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
